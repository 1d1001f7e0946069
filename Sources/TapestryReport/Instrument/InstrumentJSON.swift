import TapestryScoring

/// The instrument as JSON (`tapestry instrument --format json`): the structure of the YAML
/// file, plus a `summary` with the number of dimensions and items per category.
public enum InstrumentJSON {
    /// The instrument as JSON text, ending with a newline.
    public static func render(_ instrument: Instrument) -> String {
        value(instrument).rendered() + "\n"
    }

    static func value(_ instrument: Instrument) -> JSONValue {
        let perCategory: [(String, JSONValue)] = instrument.categories.map { category in
            let dimensions = instrument.dimensions.filter { $0.category == category }
            return (category, .object([
                ("dimensions", .int(dimensions.count)),
                ("items", .int(dimensions.reduce(0) { $0 + $1.items.count })),
            ]))
        }
        return .object([
            ("id", .string(instrument.id)),
            ("version", .string(instrument.version)),
            ("title", .string(instrument.title)),
            ("scale", .object([
                ("min", .int(instrument.scale.min)),
                ("max", .int(instrument.scale.max)),
                ("labels", .array(instrument.scale.labels.map { .string($0) })),
                ("missing", .array(instrument.scale.missing.map { .string($0) })),
            ])),
            ("dimensions", .array(instrument.dimensions.map { dimension in
                .object([
                    ("id", .string(dimension.id)),
                    ("title", .string(dimension.title)),
                    ("category", .string(dimension.category)),
                    ("polarity", .string(dimension.polarity.rawValue)),
                    ("items", .array(dimension.items.map { item in
                        .object([("id", .string(item.id)), ("text", .string(item.text)), ("reverse", .bool(item.reverse))])
                    })),
                ])
            })),
            ("connections", .array(instrument.connections.map { question in
                .object([("id", .string(question.id)), ("text", .string(question.text)), ("kind", .string(question.kind.rawValue))])
            })),
            ("summary", .object([
                ("dimensions", .int(instrument.dimensions.count)),
                ("items", .int(instrument.items.count)),
                ("categories", .object(perCategory)),
            ])),
        ])
    }
}
