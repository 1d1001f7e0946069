import Testing
import TapestryScoring

/// Small groups are hidden, and so is the group that would give them away.
@Suite struct GroupSuppressionTests {
    @Test func oneSmallGroupTakesTheSmallestOtherWithIt() {
        let hidden = GroupSuppression.suppressedGroups(sizes: ["a": 3, "b": 6, "c": 9], minimumSize: 5)
        #expect(hidden == ["a", "b"])
    }

    @Test func twoSmallGroupsHideOnlyThemselves() {
        let hidden = GroupSuppression.suppressedGroups(sizes: ["a": 3, "b": 4, "c": 9, "d": 12], minimumSize: 5)
        #expect(hidden == ["a", "b"])
    }

    @Test func tiesForSmallestOtherAreBrokenByName() {
        let hidden = GroupSuppression.suppressedGroups(sizes: ["z": 2, "c": 7, "b": 7], minimumSize: 5)
        #expect(hidden == ["z", "b"])
    }

    @Test func noSmallGroupHidesNothing() {
        #expect(GroupSuppression.suppressedGroups(sizes: ["a": 5, "b": 5], minimumSize: 5).isEmpty)
    }

    @Test func suppressedGroupsShowNameAndSizeOnly() {
        // Groups: x has r1–r4 (4 < 5), y has r5–r6 (2 < 5); with minimum 2, only x shows.
        let round = Fixtures.round(groups: ["x", "x", "x", "x", "y", "y"])
        #expect(round.groups.map(\.name) == ["x", "y"])
        #expect(round.groups.allSatisfy { $0.suppressed })
        #expect(round.groups.allSatisfy { $0.dimensions.isEmpty && $0.healthIndex == nil })
        #expect(round.groups.map(\.n) == [4, 2])

        let open = Fixtures.round(groups: ["x", "x", "x", "x", "y", "y"], options: ScoringOptions(minimumGroupSize: 2))
        #expect(open.groups.map(\.suppressed) == [false, false])
        #expect(!ScoringOptions(minimumGroupSize: 2).isAnonymous)
        // Group y is r5 and r6: dimension A scores 4 and 3.
        #expect(open.groups[1].dimensions[0].mean == 3.5)
        #expect(open.groups[1].dimensions[0].n == 2)
    }
}
