/// Whether a change is supported by its confidence interval.
public enum Direction: String, Sendable, Equatable {
    /// The whole CI lies on the healthier side of 0.
    case improved
    /// The whole CI lies on the other side.
    case declined
    /// The CI includes 0, or there is none: no change can be claimed.
    case unclear
}
