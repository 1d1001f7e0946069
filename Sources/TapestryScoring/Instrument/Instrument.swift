/// A survey instrument: the scale members answer on and the dimensions their answers are
/// grouped into. Loaded from YAML by ``InstrumentLoader``; the default one is
/// ``Instrument/partnershipHealth()``.
public struct Instrument: Sendable, Equatable {
    /// A short, stable identifier, e.g. `partnership-health`.
    public var id: String
    /// The instrument's version, as written in its file.
    public var version: String
    /// The title shown in reports.
    public var title: String
    /// The answer scale shared by every item.
    public var scale: Scale
    /// The dimensions, in the order reports show them.
    public var dimensions: [Dimension]
    /// The questions that ask members to name organisations, answered with names, not on the
    /// scale; empty when the instrument maps no connections.
    public var connections: [ConnectionQuestion]

    /// Creates an instrument. Use ``InstrumentLoader`` to get one validated.
    public init(id: String, version: String, title: String, scale: Scale, dimensions: [Dimension],
                connections: [ConnectionQuestion] = []) {
        self.connections = connections
        self.id = id
        self.version = version
        self.title = title
        self.scale = scale
        self.dimensions = dimensions
    }

    /// Every item of every dimension, in instrument order. A response's answers use this order.
    public var items: [Item] { dimensions.flatMap(\.items) }

    /// The categories of the dimensions, each once, in the order they first appear.
    public var categories: [String] {
        var categories: [String] = []
        for dimension in dimensions where !categories.contains(dimension.category) { categories.append(dimension.category) }
        return categories
    }

    /// The position of each dimension's first item in ``items``.
    public var itemOffsets: [Int] {
        var offsets: [Int] = []
        var next = 0
        for dimension in dimensions {
            offsets.append(next)
            next += dimension.items.count
        }
        return offsets
    }

    /// The position in ``items`` of the item with this id, if there is one.
    public func itemIndex(of id: String) -> Int? {
        items.firstIndex { $0.id == id }
    }
}
