import TapestryTemplates

extension Instrument {
    /// Where the default instrument lives under `Templates/`.
    public static let defaultTemplatePath = "instruments/partnership-health.yaml"

    /// The default instrument, the partnership health check, from the copy of
    /// `Templates/instruments/partnership-health.yaml` compiled into the binary.
    public static func partnershipHealth() throws -> Instrument {
        guard let yaml = TemplateFiles.contents(of: defaultTemplatePath) else {
            throw InstrumentError.invalid(file: defaultTemplatePath, line: nil, column: nil,
                                          problem: "the default instrument is missing from this build; run `make templates`.")
        }
        return try InstrumentLoader.load(yaml: yaml, file: "Templates/" + defaultTemplatePath)
    }

    /// The default instrument's YAML text, as shipped.
    public static var partnershipHealthYAML: String? {
        TemplateFiles.contents(of: defaultTemplatePath)
    }
}
