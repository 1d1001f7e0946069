import Yams

/// Reads an instrument from YAML and checks it: unique ids, a known polarity, at least one
/// item in every dimension, a sane scale, and sizes within the limits below (far above any
/// real instrument, so that a broken or hostile file ends in a message, not in an overflow or
/// gigabytes of reports). Errors carry the line and column of the offending value, so that a
/// coordinator editing a copy of the default instrument can find the mistake.
public enum InstrumentLoader {
    /// The most points a scale may have; longer scales are not agreement scales.
    public static let maximumScalePoints = 11

    /// The range a scale's `min` and `max` must lie in: −1 000 to 1 000. Real scales run from
    /// −5 to 10; the bound keeps every sum and difference of scale points far from overflow.
    public static let scaleValues = -1_000...1_000

    /// The most dimensions an instrument may have: 200 (the default has 16).
    public static let maximumDimensions = 200

    /// The most items one dimension may have: 200 (the default's largest has 7).
    public static let maximumItemsPerDimension = 200

    /// The most items an instrument may have: 1 000 (the default has 52, long surveys about
    /// 150). Every item is a column of the Responses sheet, and the workbook library needs
    /// memory growing with the square of the columns (1.5 GB at 10 000).
    public static let maximumItems = 1_000

    /// The most labels a scale may count as missing: 50.
    public static let maximumMissingLabels = 50

    /// The longest text (title, statement, label, version), in characters: 1 000.
    public static let maximumTextLength = 1_000

    /// The longest id or category, in characters: 64. Item ids are column names.
    public static let maximumIdentifierLength = 64

    /// The most connection questions an instrument may have: 20 (the default has 2).
    public static let maximumConnections = 20

    /// Parses and validates `yaml`; `file` is used in error messages only.
    public static func load(yaml: String, file: String) throws -> Instrument {
        let root: Node?
        do {
            root = try SettingsYAML.compose(yaml)
        } catch let problem as SettingsYAML.Problem {
            throw error(problem, file: file)
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
        guard dimensionNodes.count <= maximumDimensions else {
            throw reader.invalid(dimensionsNode, "there are \(dimensionNodes.count) dimensions; an instrument may have at most \(maximumDimensions). "
                                 + "Split it into several instruments.")
        }
        let itemCount = dimensionNodes.reduce(0) { $0 + ($1.mapping?["items"]?.sequence?.count ?? 0) }
        guard itemCount <= maximumItems else {
            throw reader.invalid(dimensionsNode, "there are \(itemCount) items; an instrument may have at most \(maximumItems). "
                                 + "Split it into several instruments.")
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
        var connections: [ConnectionQuestion] = []
        if let connectionsNode = mapping["connections"] {
            guard let nodes = connectionsNode.sequence else {
                throw reader.invalid(connectionsNode, "`connections` must be a list of questions, each with id, text and kind.")
            }
            guard nodes.count <= maximumConnections else {
                throw reader.invalid(connectionsNode, "there are \(nodes.count) connection questions; an instrument may have at most \(maximumConnections).")
            }
            for node in nodes {
                let question = try readConnection(node, reader: reader)
                guard itemIds.insert(question.id).inserted else {
                    throw reader.invalid(node, "id `\(question.id)` is used twice; connection questions and items need ids of their own (they are column names).")
                }
                connections.append(question)
            }
        }
        return Instrument(
            id: try reader.string("id", in: mapping, at: root),
            version: try reader.string("version", in: mapping, at: root),
            title: try reader.string("title", in: mapping, at: root),
            scale: scale,
            dimensions: dimensions,
            connections: connections)
    }

    private static func readConnection(_ node: Node, reader: NodeReader) throws -> ConnectionQuestion {
        guard let mapping = node.mapping else {
            throw reader.invalid(node, "each connection question must be a mapping with id, text and kind.")
        }
        let kindNode = try reader.required("kind", in: mapping, at: node)
        guard let kindText = kindNode.string, let kind = ConnectionKind(rawValue: kindText) else {
            throw reader.invalid(kindNode, "kind must be `works-with` or `should-join`, not `\(kindNode.string ?? "?")`.")
        }
        return ConnectionQuestion(id: try reader.identifier("id", in: mapping, at: node),
                                  text: try reader.string("text", in: mapping, at: node), kind: kind)
    }

    private static func readScale(_ node: Node, reader: NodeReader) throws -> Scale {
        guard let mapping = node.mapping else {
            throw reader.invalid(node, "`scale` must be a mapping with min, max, labels and missing.")
        }
        let min = try reader.integer("min", in: mapping, at: node, within: scaleValues)
        let maxNode = try reader.required("max", in: mapping, at: node)
        let max = try reader.integer("max", in: mapping, at: node, within: scaleValues)
        guard min < max else {
            throw reader.invalid(maxNode, "the scale's `min` (\(min)) must be below its `max` (\(max)).")
        }
        // Both lie in `scaleValues`, so the difference cannot overflow.
        let points = max - min + 1
        guard points <= maximumScalePoints else {
            throw reader.invalid(node, "a scale of \(points) points is too long; use at most \(maximumScalePoints) points.")
        }
        let labelsNode = try reader.required("labels", in: mapping, at: node)
        let labels = try reader.strings(labelsNode)
        guard labels.count == points else {
            throw reader.invalid(labelsNode, "the scale has \(points) points (\(min) to \(max)) but \(labels.count) labels; give one label per point, lowest first.")
        }
        let missingNode = mapping["missing"]
        let missing = try missingNode.map(reader.strings) ?? []
        if let missingNode, missing.count > maximumMissingLabels {
            throw reader.invalid(missingNode, "there are \(missing.count) missing labels; a scale may have at most \(maximumMissingLabels).")
        }
        var seen = Set<String>()
        for label in labels + missing where !seen.insert(label.lowercased()).inserted {
            throw reader.invalid(node, "the label `\(label.lowercased())` appears twice among the scale's labels and missing labels; each must mean one thing.")
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
        guard itemNodes.count <= maximumItemsPerDimension else {
            throw reader.invalid(itemsNode, "this dimension has \(itemNodes.count) items; a dimension may have at most \(maximumItemsPerDimension). "
                                 + "Split it into several dimensions.")
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

    private static func error(_ problem: SettingsYAML.Problem, file: String) -> InstrumentError {
        switch problem.kind {
        case .syntax: .syntax(file: file, line: problem.line, column: problem.column, problem: problem.message)
        case .limit: .invalid(file: file, line: problem.line, column: problem.column, problem: problem.message)
        }
    }
}
