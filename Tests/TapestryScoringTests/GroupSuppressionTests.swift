import TapestryTestSupport
import Testing
import TapestryScoring

/// Small groups are hidden, and so are the groups that would give them away: the hidden
/// groups together (the whole minus the shown groups) are never one group, never fewer than
/// the minimum, for the group as a whole and for every dimension and item.
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
        #expect(GroupSuppression.suppressedGroups(sizes: [:], minimumSize: 5).isEmpty)
    }

    @Test func twoSingletonsAreNotEnough() {
        // 10, 10, 1, 1: the singletons together are 2, and one of them would recover the
        // other's answers from the whole minus the shown groups. A ten goes too (by name).
        let hidden = GroupSuppression.suppressedGroups(sizes: ["Funders": 10, "Members": 10, "Board": 1, "Staff": 1], minimumSize: 5)
        #expect(hidden == ["Board", "Staff", "Funders"])
    }

    @Test func aBlankGroupCountsLikeAnyOther() {
        // 8, 7, 3 and one row without a group: hiding the 3 and "(not stated)" is 4 people.
        let hidden = GroupSuppression.suppressedGroups(
            sizes: ["Community groups": 8, "Funders": 7, "Local Government": 3, "(not stated)": 1], minimumSize: 5)
        #expect(hidden == ["(not stated)", "Local Government", "Funders"])
    }

    @Test func everyGroupHiddenWhenTheWholeIsSmall() {
        #expect(GroupSuppression.suppressedGroups(sizes: ["a": 3, "b": 1], minimumSize: 5) == ["a", "b"])
        #expect(GroupSuppression.suppressedGroups(sizes: ["a": 3], minimumSize: 5) == ["a"])
        // 10, 1, 1: the singletons need a third group, and then nothing is left to show.
        #expect(GroupSuppression.suppressedGroups(sizes: ["a": 10, "b": 1, "c": 1], minimumSize: 5) == ["a", "b", "c"])
    }

    @Test func aStatisticOnlyOneHiddenGroupAnsweredHidesAnother() {
        // a and b are hidden (3 + 3); only a answered statistic 1, so the whole minus c and d
        // would be a's score on it: the smaller of c and d (by name) goes too.
        let answered: [String: Set<Int>] = ["a": [0, 1], "b": [0], "c": [0, 1], "d": [0, 1]]
        let hidden = GroupSuppression.suppressedGroups(sizes: ["a": 3, "b": 3, "c": 20, "d": 20], minimumSize: 5, answered: Self.flags(answered))
        #expect(hidden == ["a", "b", "c"])
    }

    @Test func aStatisticNoShownGroupAnsweredNeedsNothing() {
        // Only hidden groups answered statistic 1: the whole minus the shown groups is the
        // whole, which is shown anyway.
        let answered: [String: Set<Int>] = ["a": [0, 1], "b": [0], "c": [0]]
        #expect(GroupSuppression.suppressedGroups(sizes: ["a": 3, "b": 3, "c": 20], minimumSize: 5, answered: Self.flags(answered)) == ["a", "b"])
    }

    @Test func hiddenGroupsThatAnsweredAStatisticMustReachTheMinimum() {
        // a, b and c are hidden (4 + 1 + 1 = 6), but only b and c answered statistic 1: the
        // whole minus d and e would be those two people's scores on it. d (9, first by name)
        // goes too; then b + c + d = 11 answered it among the hidden.
        let answered: [String: Set<Int>] = ["a": [0], "b": [0, 1], "c": [0, 1], "d": [0, 1], "e": [0, 1]]
        let hidden = GroupSuppression.suppressedGroups(sizes: ["a": 4, "b": 1, "c": 1, "d": 9, "e": 9], minimumSize: 5, answered: Self.flags(answered))
        #expect(hidden == ["a", "b", "c", "d"])
    }

    /// Random sizes, minimums and answered statistics: every shown group reaches the minimum;
    /// unless every group is hidden, the hidden groups are at least two and together reach the
    /// minimum, and so are the hidden groups that answered each statistic a shown group answered.
    @Test func randomGroupsNeverLeaveOneHiddenGroupRecoverable() {
        var random = SeededGenerator(seed: 20260901)
        for _ in 0..<3000 {
            let minimum = Int.random(in: 1...8, using: &random)
            let names = (0..<Int.random(in: 1...9, using: &random)).map { "g\($0)" }
            let sizes = Dictionary(uniqueKeysWithValues: names.map { ($0, Int.random(in: 1...14, using: &random)) })
            let answered = Dictionary(uniqueKeysWithValues: names.map { name in
                (name, Set((0..<5).filter { _ in Int.random(in: 0..<4, using: &random) > 0 }))
            })
            let hidden = GroupSuppression.suppressedGroups(sizes: sizes, minimumSize: minimum, answered: Self.flags(answered))
            let context = "sizes \(sizes), minimum \(minimum), answered \(answered) → hidden \(hidden)"
            #expect(hidden.isSubset(of: Set(names)))
            for name in names where !hidden.contains(name) { #expect(sizes[name]! >= minimum, "\(context)") }
            guard !hidden.isEmpty, hidden.count < names.count else { continue }
            #expect(hidden.count != 1, "\(context)")
            #expect(hidden.reduce(0) { $0 + sizes[$1]! } >= minimum, "\(context)")
            for statistic in 0..<5 {
                let shown = names.filter { !hidden.contains($0) && answered[$0]!.contains(statistic) }
                let part = hidden.filter { answered[$0]!.contains(statistic) }
                guard !shown.isEmpty, !part.isEmpty else { continue }
                #expect(part.count >= 2 && part.reduce(0) { $0 + sizes[$1]! } >= minimum, "statistic \(statistic): \(context)")
            }
        }
    }

    /// With no statistics given, the rule is the group-level one: the small groups, then the
    /// next smallest (by size, then name) one at a time until the hidden are at least two and
    /// reach the minimum together, or nothing is left.
    @Test func randomGroupsHideNoMoreThanNeeded() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let minimum = Int.random(in: 1...8, using: &random)
            let sizes = Dictionary(uniqueKeysWithValues: (0..<Int.random(in: 1...9, using: &random)).map { ("g\($0)", Int.random(in: 1...14, using: &random)) })
            var expected = Set(sizes.filter { $0.value < minimum }.keys)
            var others = sizes.filter { $0.value >= minimum }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
            while !expected.isEmpty, expected.count < 2 || expected.reduce(0, { $0 + sizes[$1]! }) < minimum, !others.isEmpty {
                expected.insert(others.removeFirst())
            }
            #expect(GroupSuppression.suppressedGroups(sizes: sizes, minimumSize: minimum) == expected, "sizes \(sizes), minimum \(minimum)")
        }
    }

    @Test func tenTenOneOneInARound() throws {
        // Scored through a round: the two singletons and one ten are hidden, so the whole minus
        // the one shown group is 12 people.
        let groups = Array(repeating: "Funders", count: 10) + Array(repeating: "Members", count: 10) + ["Board", "Staff"]
        let round = Self.round(groups: groups) { index in Array(repeating: 1 + index % 5, count: 7) }
        #expect(round.groups.filter(\.suppressed).map(\.name).sorted() == ["Board", "Funders", "Staff"])
        #expect(round.groups.filter { !$0.suppressed }.map(\.name) == ["Members"])
        #expect(round.groups.allSatisfy { $0.suppressed == $0.dimensions.isEmpty })
    }

    @Test func aDimensionOnlyOneHiddenGroupAnsweredInARound() throws {
        // Board (3) and Staff (3) are hidden together; Staff skipped dimension C (items 6, 7),
        // so the whole minus Funders and Members would be Board's C scores: Funders goes too.
        let groups = Array(repeating: "Funders", count: 10) + Array(repeating: "Members", count: 10)
            + Array(repeating: "Board", count: 3) + Array(repeating: "Staff", count: 3)
        let round = Self.round(groups: groups) { index in
            groups[index] == "Staff" ? [4, 4, 4, 4, 4, nil, nil] : Array(repeating: 1 + index % 5, count: 7)
        }
        #expect(round.groups.filter(\.suppressed).map(\.name).sorted() == ["Board", "Funders", "Staff"])
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

    /// Statistic numbers as flags: statistic i is answered when the set holds i.
    static func flags(_ answered: [String: Set<Int>]) -> [String: [Bool]] {
        let count = (answered.values.compactMap { $0.max() }.max() ?? -1) + 1
        return answered.mapValues { numbers in (0..<count).map(numbers.contains) }
    }

    /// A round of `groups.count` respondents of ``Fixtures/instrument``, answering `answers(index)`.
    static func round(groups: [String], answers: (Int) -> [Int?]) -> RoundResult {
        var builder = AssessmentBuilder(instrument: Fixtures.instrument)
        for (index, group) in groups.enumerated() { builder.add(Response(group: group, answers: answers(index)), round: "r") }
        return builder.results(options: ScoringOptions())[0]
    }
}

