import Foundation
import TapestryScoring

/// Reads every input of a request, scores it, and collects the findings: the one call the
/// `assess` command makes.
public enum Assessor {
    /// Runs the assessment. Throws ``ImportError`` when an input cannot be used at all.
    public static func assess(_ request: AssessmentRequest, instrument: Instrument) throws -> Assessment {
        var builder = AssessmentBuilder(instrument: instrument)
        var findings: [Finding] = []
        let reader = CanonicalCSVReader(instrument: instrument, groupBy: request.groupBy)
        for input in request.inputs {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: input.path))
            } catch {
                throw ImportError.cannotOpen(file: input.path, reason: Self.reason(error))
            }
            let text = DecodedText(data: data).text
            findings += try reader.read(text: text, file: input.path, defaultRound: input.round, into: &builder)
        }
        return Assessment(
            instrument: instrument, coalition: request.coalition, options: request.options,
            rounds: builder.results(options: request.options), findings: findings)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
