#if !Serve
import Foundation

/// `tapestry-serve` built without the `Serve` trait (a plain `swift build`): it says how to get
/// the server instead of running one.
@main
enum ServeUnavailable {
    static func main() {
        FileHandle.standardError.write(Data("""
            tapestry-serve: this build has no workshop server. Run `make serve` (it builds it with \
            `swift build --traits Serve --scratch-path .build-serve`), then `tapestry serve`.

            """.utf8))
        exit(64)
    }
}
#endif
