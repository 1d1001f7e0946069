import TapestryScoring

/// Renders the JSON contract (`--format json`).
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// The assessment as JSON text, ending with a newline.
    public func render(_ assessment: Assessment) -> String {
        AssessmentJSON.value(assessment).rendered() + "\n"
    }
}
