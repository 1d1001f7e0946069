/// What a template can find in a view model, found by walking it once with `Mirror` (the
/// way swift-mustache looks names up): for each property name, the longest list and all its
/// lists' elements together, how large its values print, and which lists every value it
/// names always has. ``MustacheOutline`` uses it to bound a rendering before it starts.
struct ModelShape {
    /// Per property name: the most elements one list of that name has.
    private(set) var longestList: [String: Int] = [:]
    /// Per property name: the elements of all lists of that name together.
    private(set) var totalLength: [String: Int] = [:]
    /// Per property name: the list properties (never nil) that every value a section of
    /// that name puts in context has (each element for a list, else the value itself).
    private(set) var alwaysListed: [String: Set<String>] = [:]
    /// Per property name: the most characters one of its values prints as.
    private(set) var valueSize: [String: Int] = [:]
    /// Per property name: the most characters one element of its lists (or its value, for
    /// a name that is not a list) prints as; what `{{.}}` prints in its section.
    private(set) var elementSize: [String: Int] = [:]
    /// The longest list anywhere.
    private(set) var longestAnyList = 0
    /// What the whole model prints as: a bound for anything.
    private(set) var size = 0

    /// Deeper than this the walk stops (a model is a few levels deep; this guards cycles).
    private static let maximumDepth = 64
    /// What a value that is not text adds to the size of what contains it.
    static let nodeSize = 32

    /// Whether the model has a value (not nil) under a property of this name.
    func has(_ name: String) -> Bool { valueSize[name] != nil }

    /// Walks `model`.
    init(_ model: Any) {
        size = visit(model, label: nil, depth: 0)
    }

    /// Records `value` (held by a property named `label`) and returns its size.
    private mutating func visit(_ value: Any, label: String?, depth: Int) -> Int {
        guard depth < Self.maximumDepth else { return 0 }
        if let text = value as? String {
            return record(label, size: text.utf8.count, elementSize: text.utf8.count, pushed: [value])
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return 0 }
            return visit(wrapped.value, label: label, depth: depth + 1)
        case .collection, .set, .dictionary:
            let elements = mirror.children.map(\.value)
            var total = Self.nodeSize
            var largest = 0
            for element in elements {
                let size = visit(element, label: nil, depth: depth + 1)
                total += size
                largest = max(largest, size)
            }
            longestAnyList = max(longestAnyList, elements.count)
            if let label {
                longestList[label] = max(longestList[label] ?? 0, elements.count)
                totalLength[label, default: 0] += elements.count
            }
            return record(label, size: total, elementSize: largest, pushed: elements)
        default:
            var total = Self.nodeSize
            for child in mirror.children {
                total += visit(child.value, label: child.label, depth: depth + 1)
            }
            return record(label, size: total, elementSize: total, pushed: [value])
        }
    }

    private mutating func record(_ label: String?, size: Int, elementSize element: Int, pushed: [Any]) -> Int {
        guard let label else { return size }
        valueSize[label] = max(valueSize[label] ?? 0, size)
        elementSize[label] = max(elementSize[label] ?? 0, element)
        for value in pushed {
            let lists = Set(Mirror(reflecting: value).children.compactMap { child -> String? in
                guard let name = child.label, value as? String == nil else { return nil }
                switch Mirror(reflecting: child.value).displayStyle {
                case .collection, .set, .dictionary: return name
                default: return nil
                }
            })
            alwaysListed[label] = alwaysListed[label].map { $0.intersection(lists) } ?? lists
        }
        return size
    }
}
