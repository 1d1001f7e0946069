import Foundation
import Testing
import TapestryScoring

/// The instrument's size limits, each at its edge, and the hostile instruments of issue 9: a
/// scale `max` near `Int.max` (an overflow trap), 10 000 items (1.5 GB in the workbook), and
/// keys built from aliases (no answer within 60 s).
@Suite(.timeLimit(.minutes(1))) struct InstrumentLimitsTests {
    /// An instrument with `dimensions` dimensions of `items` items each (the last dimension
    /// gets `extra` more), on a scale from `min` to `max`.
    static func yaml(dimensions: Int = 1, items: Int = 2, extra: Int = 0, min: String = "1", max: String = "3",
                     labels: Int? = nil, missing: Int = 1, text: String = "A statement", id: String = "I") -> String {
        let points = labels ?? ((Int(max) ?? 3) - (Int(min) ?? 1) + 1)
        var yaml = """
            id: x
            version: "1"
            title: X
            scale:
              min: \(min)
              max: \(max)
              labels: [\((0..<Swift.max(points, 0)).map { "L\($0)" }.joined(separator: ", "))]
              missing: [\((0..<missing).map { "M\($0)" }.joined(separator: ", "))]
            dimensions:

            """
        for dimension in 0..<dimensions {
            yaml += "  - {id: d\(dimension), title: D, category: principle, polarity: positive, items: ["
            let count = items + (dimension == dimensions - 1 ? extra : 0)
            yaml += (0..<count).map { "{id: \(id)\(dimension)x\($0), text: \(text)}" }.joined(separator: ", ") + "]}\n"
        }
        return yaml
    }

    private func message(_ yaml: String) -> String? {
        do {
            _ = try InstrumentLoader.load(yaml: yaml, file: "x.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aScaleMaxNearIntMaxIsAClearError() throws {
        // Was a crash: `max - min + 1` overflowed.
        for (min, max) in [("0", "9223372036854775807"), ("-9223372036854775807", "9223372036854775807"), ("1", "9223372036854775807")] {
            let text = try #require(message(Self.yaml(min: min, max: max, labels: 3)))
            #expect(text.hasPrefix("x.yaml:") && text.contains("must be a whole number from -1000 to 1000"), "\(text)")
        }
        // Yams would read this as base 60 and trap on the overflow.
        let sexagesimal = try #require(message(Self.yaml(max: "1:0:0:0:0:0:0:0:0:0:0:0", labels: 3)))
        #expect(sexagesimal.contains("`max` must be a whole number"))
    }

    @Test func scaleValuesAreBoundedInclusively() throws {
        #expect(message(Self.yaml(min: "-1000", max: "-990")) == nil)
        #expect(message(Self.yaml(min: "990", max: "1000")) == nil)
        #expect(message(Self.yaml(min: "-1001", max: "-991"))?.contains("`min` must be a whole number from -1000 to 1000") == true)
        #expect(message(Self.yaml(min: "991", max: "1001"))?.contains("`max` must be a whole number from -1000 to 1000") == true)
    }

    @Test func scalePointsAreBoundedInclusively() throws {
        #expect(message(Self.yaml(min: "0", max: "10")) == nil)
        #expect(message(Self.yaml(min: "0", max: "11"))?.contains("a scale of 12 points is too long") == true)
    }

    @Test func dimensionsAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumDimensions
        #expect(message(Self.yaml(dimensions: limit, items: 1)) == nil)
        #expect(message(Self.yaml(dimensions: limit + 1, items: 1))?.contains("there are \(limit + 1) dimensions") == true)
    }

    @Test func itemsPerDimensionAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumItemsPerDimension
        #expect(message(Self.yaml(items: limit)) == nil)
        #expect(message(Self.yaml(items: limit + 1))?.contains("this dimension has \(limit + 1) items") == true)
    }

    @Test func itemsInAllAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumItems
        let perDimension = InstrumentLoader.maximumItemsPerDimension
        let full = limit / perDimension
        #expect(message(Self.yaml(dimensions: full, items: perDimension)) == nil)
        #expect(message(Self.yaml(dimensions: full + 1, items: perDimension, extra: 1 - perDimension))?
            .contains("there are \(limit + 1) items; an instrument may have at most \(limit)") == true)
    }

    @Test func tenThousandItemsAreRefusedAtOnce() throws {
        // Were read, and then took 1.5 GB in the workbook.
        // 10 000 items are more than 50 000 values, so the YAML limit refuses them first.
        let text = try #require(message(Self.yaml(dimensions: 50, items: 200)))
        #expect(text.hasPrefix("x.yaml:") && text.contains("more than \(SettingsYAML.maximumNodes) values"), "\(text)")
        let fewerValues = try #require(message(Self.yaml(dimensions: 10, items: 101)))
        #expect(fewerValues.contains("there are 1010 items"))
    }

    @Test func missingLabelsAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumMissingLabels
        #expect(message(Self.yaml(missing: limit)) == nil)
        #expect(message(Self.yaml(missing: limit + 1))?.contains("there are \(limit + 1) missing labels") == true)
    }

    @Test func textsAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumTextLength
        #expect(message(Self.yaml(text: String(repeating: "é", count: limit))) == nil)
        #expect(message(Self.yaml(text: String(repeating: "é", count: limit + 1)))?.contains("this text is \(limit + 1) characters long") == true)
    }

    @Test func idsAreBoundedInclusively() throws {
        let limit = InstrumentLoader.maximumIdentifierLength
        // Item ids read `<id><dimension>x<item>`: 3 characters after the prefix here.
        #expect(message(Self.yaml(items: 1, id: String(repeating: "I", count: limit - 3))) == nil)
        #expect(message(Self.yaml(items: 1, id: String(repeating: "I", count: limit - 2)))?.contains("an id may have at most \(limit)") == true)
    }

    @Test func keysBuiltFromAliasesEndAtOnce() throws {
        // Was no answer within 60 s: Yams hashed every expanded key to find duplicates.
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        yaml += "z:\n" + (0..<3).map { "  ? [*i, \($0)]\n  : 1\n" }.joined()
        let started = Date()
        let text = try #require(message(yaml))
        #expect(text.hasPrefix("x.yaml:") && text.contains("each alias `*name` counted as a copy"))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func deepNestingIsAClearError() throws {
        let text = try #require(message("id: " + String(repeating: "[", count: 100_000)))
        #expect(text.hasPrefix("x.yaml:1:") && text.contains("nested more than"))
    }
}
