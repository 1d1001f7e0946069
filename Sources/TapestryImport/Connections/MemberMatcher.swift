import TapestryScoring

/// Finds the member an answer names: by the name once case, spacing, punctuation, `&`/`and`
/// and typographic variants are set aside (``key(_:)``), else, when exactly one member comes
/// closest, by a name within a few edits (a typo: "Riverside Food Bnak").
public struct MemberMatcher: Sendable {
    /// How a name was matched.
    public enum Match: Sendable, Equatable {
        /// The member at this index of the list, by its name.
        case exact(Int)
        /// The member at this index, by a name a few edits away.
        case near(Int)
        /// No member.
        case none

        /// The member's index, if any.
        public var member: Int? {
            switch self {
            case let .exact(index), let .near(index): index
            case .none: nil
            }
        }
    }

    private let keys: [String: Int]
    private let measured: [(index: Int, scalars: [Unicode.Scalar])]

    /// The longest name compared by edit distance, in characters: longer text is no name.
    static let nearMatchLength = 200

    /// Prepares a matcher for `members`; of two members with the same key, the first wins.
    public init(members: [Member]) {
        var keys: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            let key = Self.key(member.name)
            if !key.isEmpty, keys[key] == nil { keys[key] = index }
        }
        self.keys = keys
        measured = keys.map { ($0.value, Array($0.key.unicodeScalars)) }.sorted { $0.index < $1.index }
    }

    /// A name reduced for matching: folded (case, spacing, typographic variants), apostrophes
    /// dropped ("St Mark's" is "St Marks"), `&` read as "and", underscores (Kobo's choice names)
    /// and other punctuation as spaces.
    public static func key(_ name: String) -> String {
        TextFolding.normalizeStatement(TextFolding.fold(name).replacingOccurrences(of: "'", with: "")
            .replacingOccurrences(of: "&", with: " and "))
    }

    /// The member `name` names, if any; with `near` false, by its key only.
    public func match(_ name: String, near: Bool = true) -> Match {
        let key = Self.key(name)
        guard !key.isEmpty else { return .none }
        if let index = keys[key] { return .exact(index) }
        guard near else { return .none }
        let length = key.unicodeScalars.count
        guard length >= 4, length <= Self.nearMatchLength else { return .none }
        // One edit in a short name, two in a longer one, three in a long one.
        let limit = length < 8 ? 1 : length < 20 ? 2 : 3
        let scalars = Array(key.unicodeScalars)
        var best: (index: Int, distance: Int)?
        var tied = false
        for (index, memberScalars) in measured {
            guard let distance = EditDistance.bounded(scalars, memberScalars, limit: limit) else { continue }
            if best == nil || distance < best!.distance {
                best = (index, distance)
                tied = false
            } else if distance == best!.distance {
                tied = true
            }
        }
        guard let best, !tied else { return .none }
        return .near(best.index)
    }

    /// Whether `name` is exactly (by key) a member's name.
    func isExactly(_ name: String) -> Bool {
        keys[Self.key(name)] != nil
    }
}
