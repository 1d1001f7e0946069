import Foundation

/// One respondent's answers, ready to score: one slot per instrument item (in
/// ``Instrument/items`` order), each a valid value on the scale or nil for missing.
public struct Response: Sendable, Equatable {
    /// The group the respondent belongs to, when the assessment is grouped.
    public var group: String?
    /// The answers, one per instrument item.
    public var answers: [Int?]
    /// A pseudonymous key (a keyed hash, never the identifier) that links the same respondent
    /// across rounds; nil when rounds are not linked.
    public var respondentKey: String?
    /// When the response was given, if the input says.
    public var date: Date?
    /// The answers to the instrument's connection questions, matched to the member list; nil
    /// when the instrument has none or the respondent gave none.
    public var connections: ConnectionAnswers?

    /// Creates a response.
    public init(group: String? = nil, answers: [Int?], respondentKey: String? = nil, date: Date? = nil,
                connections: ConnectionAnswers? = nil) {
        self.connections = connections
        self.group = group
        self.answers = answers
        self.respondentKey = respondentKey
        self.date = date
    }
}
