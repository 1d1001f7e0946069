import SwiftGraph

/// Computes a ``NetworkSummary`` from the nodes and their directed ties: counts, density,
/// reciprocity, weakly connected components, degrees and betweenness (definitions in
/// docs/methodology.md, "Connections"). Pure: the same input gives the same summary.
///
/// SwiftGraph holds the graph and finds what it has an algorithm for (the components, by its
/// depth-first search; in- and out-degrees). It has no betweenness centrality, so
/// ``betweenness(_:)`` is written here, as Brandes (2001) gives it for unweighted graphs.
public enum NetworkBuilder {
    /// A node before its position in the network is known.
    public struct Node: Sendable, Equatable {
        /// The organisation's name.
        public var name: String
        /// Its member type, if known.
        public var type: String?
        /// Whether it is on the member list.
        public var isMember: Bool

        /// Creates a node.
        public init(name: String, type: String?, isMember: Bool) {
            self.name = name
            self.type = type
            self.isMember = isMember
        }
    }

    /// The most brokers a summary names.
    public static let maximumBrokers = 3

    /// The summary of `nodes` with `ties[i]` the nodes node `i` named (self-ties ignored),
    /// `responded[i]` whether anyone spoke for node `i`, and the should-join `suggestions`.
    public static func summary(nodes: [Node], ties: [Set<Int>], responded: [Bool],
                               suggestions: [NetworkSuggestion]) -> NetworkSummary {
        let n = nodes.count
        precondition(ties.count == n && responded.count == n, "one tie set and one response flag per node")
        let tieList = ties.enumerated().flatMap { from, targets in
            targets.filter { $0 != from && (0..<n).contains($0) }.map { NetworkTie(from: from, to: $0) }
        }.sorted()
        let tieSet = Set(tieList)
        let directed = UnweightedGraph<Int>(vertices: Array(0..<n))
        for tie in tieList { directed.addEdge(fromIndex: tie.from, toIndex: tie.to, directed: true) }
        // Each pair once, whichever way (or both ways) its ties run.
        let undirected = UnweightedGraph<Int>(vertices: Array(0..<n))
        var pairs = Set<[Int]>()
        for tie in tieList where pairs.insert([min(tie.from, tie.to), max(tie.from, tie.to)]).inserted {
            undirected.addEdge(fromIndex: tie.from, toIndex: tie.to, directed: false)
        }
        let adjacency = (0..<n).map { undirected.neighborIndicesForIndex($0).sorted() }
        let centrality = betweenness(adjacency)
        var result = [NetworkNode]()
        for (index, node) in nodes.enumerated() {
            result.append(NetworkNode(
                name: node.name, type: node.type, isMember: node.isMember, responded: responded[index],
                inDegree: directed.indegreeOfVertex(at: index), outDegree: directed.outdegreeOfVertex(at: index),
                degree: adjacency[index].count, betweenness: centrality[index]))
        }
        let reciprocated = tieList.filter { tieSet.contains(NetworkTie(from: $0.to, to: $0.from)) }.count
        let brokers = result.indices.filter { result[$0].betweenness > 0 }
            .sorted { (-result[$0].betweenness, $0) < (-result[$1].betweenness, $1) }
            .prefix(maximumBrokers).map { result[$0].name }
        return NetworkSummary(
            members: n, responding: responded.filter { $0 }.count, ties: tieList.count,
            density: n >= 2 ? Double(tieList.count) / Double(n * (n - 1)) : nil,
            reciprocity: tieList.isEmpty ? nil : Double(reciprocated) / Double(tieList.count),
            components: components(undirected),
            nodes: result, tieList: tieList,
            isolates: result.filter { $0.degree == 0 }.map(\.name),
            brokers: Array(brokers),
            notResponding: result.filter { $0.isMember && !$0.responded }.map(\.name),
            suggestions: suggestions.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) })
    }

    /// The number of connected components of an undirected graph (an isolate is one), each
    /// found by SwiftGraph's depth-first search from a node no earlier search reached.
    static func components(_ graph: UnweightedGraph<Int>) -> Int {
        var seen = [Bool](repeating: false, count: graph.vertexCount)
        var count = 0
        for start in 0..<graph.vertexCount where !seen[start] {
            count += 1
            _ = graph.dfs(fromIndex: start, goalTest: { seen[$0] = true; return false }, visitOrder: { $0 }, reducer: { _ in true })
        }
        return count
    }

    /// Betweenness centrality of each node of an undirected, unweighted graph given by its
    /// adjacency lists: for each node v, the sum over pairs s, t (neither v) of the share of
    /// shortest s–t paths through v, divided by the number of such pairs, (n−1)(n−2)/2 (all
    /// zero for n ≤ 2), as networkx's `betweenness_centrality(normalized=True)`. Brandes'
    /// algorithm: one breadth-first search per source, then dependencies accumulated back
    /// from the farthest node; O(n·m). Written here because SwiftGraph has none.
    static func betweenness(_ adjacency: [[Int]]) -> [Double] {
        let n = adjacency.count
        var centrality = [Double](repeating: 0, count: n)
        for source in 0..<n {
            var stack: [Int] = []
            var predecessors = [[Int]](repeating: [], count: n)
            var paths = [Double](repeating: 0, count: n)
            var distance = [Int](repeating: -1, count: n)
            paths[source] = 1
            distance[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                stack.append(v)
                for w in adjacency[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        paths[w] += paths[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var dependency = [Double](repeating: 0, count: n)
            while let w = stack.popLast() {
                for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
                if w != source { centrality[w] += dependency[w] }
            }
        }
        // Every pair was counted from both ends: halve, then divide by the pairs, (n−1)(n−2)/2.
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let pairs = Double((n - 1) * (n - 2)) / 2
        return centrality.map { $0 / 2 / pairs }
    }
}
