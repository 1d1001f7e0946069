import TapestryScoring

/// Renders the JSON contract (`--format json`).
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    /// The model's assessment as JSON text, at full precision, ending with a newline.
    public func render(_ model: ReportModel) -> String {
        AssessmentJSON.value(model.assessment).rendered() + "\n"
    }
}
