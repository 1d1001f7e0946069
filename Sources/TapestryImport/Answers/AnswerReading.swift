/// What a cell holds, once read against the scale.
public enum AnswerReading: Sendable, Equatable {
    /// A valid point on the scale.
    case value(Int)
    /// Blank, or a "don't know / not applicable" label: missing, and not a problem.
    case missing
    /// A whole number outside the scale: counted as missing, and a finding.
    case outOfRange(Int)
    /// Text that is neither a number nor a label of the scale: missing, and a finding.
    case unknown(String)
}
