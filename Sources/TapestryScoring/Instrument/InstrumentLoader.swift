import Yams

/// Reads an instrument from YAML and checks it: unique ids, a known polarity, at least one
/// item in every dimension, and a sane scale. Errors carry the line and column of the
/// offending value, so that a coordinator editing a copy of the default instrument can find
/// the mistake.
public enum InstrumentLoader {
    /// The most points a scale may have; longer scales are not agreement scales.
    public static let maximumScalePoints = 11

    /// Parses and validates `yaml`; `file` is used in error messages only.
    public static func load(yaml: String, file: String) throws -> Instrument {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
        guard let root, let mapping = root.mapping else {
            throw InstrumentError.invalid(
                file: file, line: root?.mark?.line, column: root?.mark?.column,
                problem: "an instrument must be a YAML mapping with id, version, title, scale and dimensions.")
        }
        let reader = NodeReader(file: file)
        let scale = try readScale(try reader.required("scale", in: mapping, at: root), reader: reader)
        let dimensionsNode = try reader.required("dimensions", in: mapping, at: root)
        guard let dimensionNodes = dimensionsNode.sequence, !dimensionNodes.isEmpty else {
            throw reader.invalid(dimensionsNode, "`dimensions` must be a non-empty list.")
        }
        var dimensionIds = Set<String>()
        var itemIds = Set<String>()
        var dimensions: [Dimension] = []
        for node in dimensionNodes {
            let dimension = try readDimension(node, reader: reader)
            guard dimensionIds.insert(dimension.id).inserted else {
                throw reader.invalid(node, "dimension id `\(dimension.id)` is used twice; every dimension needs its own id.")
            }
            for (item, itemNode) in zip(dimension.items, node.mapping?["items"]?.sequence ?? []) {
                guard itemIds.insert(item.id).inserted else {
                    throw reader.invalid(itemNode, "item id `\(item.id)` is used twice; item ids must be unique across the instrument.")
                }
            }
            dimensions.append(dimension)
        }
        return Instrument(
            id: try reader.string("id", in: mapping, at: root),
            version: try reader.string("version", in: mapping, at: root),
            title: try reader.string("title", in: mapping, at: root),
            scale: scale,
            dimensions: dimensions)
    }

    private static func readScale(_ node: Node, reader: NodeReader) throws -> Scale {
        guard let mapping = node.mapping else {
            throw reader.invalid(node, "`scale` must be a mapping with min, max, labels and missing.")
        }
        let min = try reader.integer("min", in: mapping, at: node)
        let max = try reader.integer("max", in: mapping, at: node)
        guard min < max else {
            throw reader.invalid(mapping["max"]!, "the scale's `min` (\(min)) must be below its `max` (\(max)).")
        }
        guard max - min + 1 <= maximumScalePoints else {
            throw reader.invalid(node, "a scale of \(max - min + 1) points is too long; use at most \(maximumScalePoints) points.")
        }
        let labelsNode = try reader.required("labels", in: mapping, at: node)
        let labels = try reader.strings(labelsNode)
        guard labels.count == max - min + 1 else {
            throw reader.invalid(labelsNode, "the scale has \(max - min + 1) points (\(min) to \(max)) but \(labels.count) labels; give one label per point, lowest first.")
        }
        let missing = try mapping["missing"].map(reader.strings) ?? []
        let folded = (labels + missing).map { $0.lowercased() }
        if let repeated = folded.first(where: { label in folded.filter { $0 == label }.count > 1 }) {
            throw reader.invalid(node, "the label `\(repeated)` appears twice among the scale's labels and missing labels; each must mean one thing.")
        }
        return Scale(min: min, max: max, labels: labels, missing: missing)
    }

    private static func readDimension(_ node: Node, reader: NodeReader) throws -> Dimension {
        guard let mapping = node.mapping else {
            throw reader.invalid(node, "each dimension must be a mapping with id, title, category, polarity and items.")
        }
        let polarityNode = try reader.required("polarity", in: mapping, at: node)
        guard let polarityText = polarityNode.string, let polarity = Polarity(rawValue: polarityText) else {
            throw reader.invalid(polarityNode, "polarity must be `positive` or `negative`, not `\(polarityNode.string ?? "?")`.")
        }
        let itemsNode = try reader.required("items", in: mapping, at: node)
        guard let itemNodes = itemsNode.sequence, !itemNodes.isEmpty else {
            throw reader.invalid(itemsNode, "a dimension needs at least one item under `items`.")
        }
        let items = try itemNodes.map { itemNode -> Item in
            guard let itemMapping = itemNode.mapping else {
                throw reader.invalid(itemNode, "each item must be a mapping with id and text.")
            }
            let id = try reader.identifier("id", in: itemMapping, at: itemNode)
            let reverse = try itemMapping["reverse"].map { value -> Bool in
                guard let flag = value.bool else {
                    throw reader.invalid(value, "`reverse` must be true or false.")
                }
                return flag
            } ?? false
            return Item(id: id, text: try reader.string("text", in: itemMapping, at: itemNode), reverse: reverse)
        }
        return Dimension(
            id: try reader.identifier("id", in: mapping, at: node),
            title: try reader.string("title", in: mapping, at: node),
            category: try reader.identifier("category", in: mapping, at: node),
            polarity: polarity,
            items: items)
    }

    private static func syntaxError(_ error: YamlError, file: String) -> InstrumentError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            .syntax(file: file, line: mark.line, column: mark.column, problem: problem)
        default:
            .syntax(file: file, line: nil, column: nil, problem: "\(error)")
        }
    }
}
