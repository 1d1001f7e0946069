import Foundation
import Testing
import TapestryScoring
import TapestryTemplates

/// The default instrument's coverage, and clear errors for broken custom instruments.
@Suite struct InstrumentLoaderTests {
    @Test func defaultInstrumentCoversTheWholeHandout() throws {
        let instrument = try Instrument.partnershipHealth()
        let byCategory = Dictionary(grouping: instrument.dimensions, by: \.category)
        let principles = byCategory["principle"] ?? []
        #expect(principles.map(\.id) == ["equality", "transparency", "results", "responsibility", "complementarity"])
        #expect(principles.allSatisfy { $0.items.count >= 3 })
        #expect((byCategory["norm"] ?? []).reduce(0) { $0 + $1.items.count } >= 4)
        #expect((byCategory["benefit"] ?? []).reduce(0) { $0 + $1.items.count } >= 4)
        let drawbacks = byCategory["drawback"] ?? []
        #expect(drawbacks.reduce(0) { $0 + $1.items.count } == 7)
        #expect(drawbacks.allSatisfy { $0.polarity == .negative })
        #expect((2...3).contains(byCategory["practice"]?.count ?? 0))
        #expect((byCategory["groundwork"] ?? []).reduce(0) { $0 + $1.items.count } >= 4)
        #expect(instrument.scale.labels.count == 5 && !instrument.scale.missing.isEmpty)
        #expect(Set(instrument.items.map(\.id)).count == instrument.items.count)
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let templates = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
        let onDisk = try String(contentsOf: templates.appendingPathComponent(Instrument.defaultTemplatePath), encoding: .utf8)
        #expect(Instrument.partnershipHealthYAML == onDisk, "Templates/ changed: run `make templates`.")
        let files = FileManager.default.enumerator(atPath: templates.path)?.compactMap { $0 as? String }
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") }
            .filter { path in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: templates.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue
            }
        #expect(files?.sorted() == TemplateFiles.paths, "Templates/ changed: run `make templates`.")
    }

    static let valid = """
        id: x
        version: "1"
        title: X
        scale:
          min: 1
          max: 3
          labels: [No, Maybe, Yes]
          missing: [Unsure]
        dimensions:
          - id: d
            title: D
            category: principle
            polarity: positive
            items:
              - id: D1
                text: One
              - id: D2
                text: Two
                reverse: true
        """

    @Test func aValidCustomInstrumentLoads() throws {
        let instrument = try InstrumentLoader.load(yaml: Self.valid, file: "x.yaml")
        #expect(instrument.scale.pointCount == 3)
        #expect(instrument.items.map(\.reverse) == [false, true])
    }

    @Test(arguments: [
        ("id: D2", "id: D1", "x.yaml:17:9: item id `D1` is used twice"),
        ("polarity: positive", "polarity: upward", "x.yaml:13:15: polarity must be `positive` or `negative`"),
        ("labels: [No, Maybe, Yes]", "labels: [No, Yes]", "x.yaml:7:11: the scale has 3 points (1 to 3) but 2 labels"),
        ("max: 3", "max: 1", "x.yaml:6:8: the scale's `min` (1) must be below its `max` (1)"),
        ("    title: D\n", "", "x.yaml:10:5: `title` is missing here"),
        ("missing: [Unsure]", "missing: [yes]", "the label `yes` appears twice"),
        ("id: d\n", "id: d e\n", "must be letters, digits"),
    ])
    func brokenInstrumentsNameThePlace(original: String, broken: String, message: String) {
        let yaml = Self.valid.replacingOccurrences(of: original, with: broken)
        #expect(yaml != Self.valid)
        do {
            _ = try InstrumentLoader.load(yaml: yaml, file: "x.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func emptyItemListAndSyntaxErrors() {
        let noItems = Self.valid.components(separatedBy: "            items:")[0] + "            items: []\n"
        #expect(throws: InstrumentError.self) { try InstrumentLoader.load(yaml: noItems, file: "x.yaml") }
        do {
            _ = try InstrumentLoader.load(yaml: "id: [unclosed", file: "bad.yaml")
            Issue.record("expected an error")
        } catch let error as InstrumentError {
            guard case let .syntax(file, line, _, _) = error else { Issue.record("\(error)"); return }
            #expect(file == "bad.yaml" && line != nil)
        } catch {
            Issue.record("\(error)")
        }
    }
}
