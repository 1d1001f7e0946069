// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import ArgumentParser
import Foundation
import Hummingbird
import TapestryServe

/// `tapestry serve [--project DIR] [--host 127.0.0.1] [--port 8080]`: runs the server until stopped.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the workshop server (the default).")

    @Option(name: .long, help: ArgumentHelp("The project folder; the store is DIR/.tapestry/workshops.sqlite.", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: ArgumentHelp("The address to listen on; only this computer unless you change it.", valueName: "host"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port: Int = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535.") }
    }

    func run() async throws {
        let settings: ServeProject
        let store: WorkshopStore
        do {
            settings = try ServeProject(folder: project)
            store = try WorkshopStore(path: settings.storePath)
        } catch {
            printError("tapestry serve: \(error)")
            throw ExitCode(66)
        }
        let local = ["127.0.0.1", "localhost", "::1"].contains(host)
        let shareHost = local ? host : (host == "0.0.0.0" || host == "::" ? NetworkAddress.firstLocalIPv4() ?? host : host)
        let address = "http://\(shareHost.contains(":") ? "[\(shareHost)]" : shareHost):\(port)"
        let server = try WorkshopServer(store: store, instrument: settings.instrument, publicAddress: address,
                                        minimumGroupSize: settings.minimumGroupSize, toolVersion: "0.1.0",
                                        announce: { say($0) })
        if !local {
            say("""
                Warning: listening on \(host), so anyone on this network can open this server (plain HTTP, no encryption).
                Use it only on a network you trust, for the workshop, and stop it afterwards (Ctrl-C).
                Address to share with participants: \(address)/join/CODE (the code appears when you open a workshop).
                """)
        }
        say("""
            tapestry serve: workshops are kept in \(settings.storePath)
            Facilitator: open \(server.facilitatorAddress)
            Stop with Ctrl-C; every answer is saved as it arrives.
            """)
        let app = server.application(host: host, port: port)
        do {
            try await app.runService()
        } catch {
            printError("tapestry serve: cannot listen on \(host):\(port): \(error)")
            throw ExitCode(73)
        }
    }
}

/// Prints `text` to standard output at once (the facilitator's terminal).
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

/// Prints `text` to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
#endif
