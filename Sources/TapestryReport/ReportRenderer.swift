import TapestryScoring

/// A renderer for one output format: it turns an assessment into text.
public protocol ReportRenderer: Sendable {
    /// The assessment in this renderer's format.
    func render(_ assessment: Assessment) throws -> String
}
