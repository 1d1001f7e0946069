import Foundation
import Testing
@testable import tapestry

/// `tapestry serve` hands its arguments, unchanged, to the separately built workshop server
/// (`make serve`), and says how to build it when it is missing.
@Suite struct ServeCommandTests {
    @Test func theServerIsFoundByTheEnvironmentBesideTheProgramOrOnThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent"], folder: folder) == nil)
        #expect(ServeCommand.program(environment: ["TAPESTRY_SERVE": "/opt/x/tapestry-serve"], folder: folder) == "/opt/x/tapestry-serve")
        let program = folder.appendingPathComponent("tapestry-serve")
        try Data("#!/bin/sh\n".utf8).write(to: program)
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent"], folder: folder) == nil, "not executable yet")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent"], folder: folder) == program.path)
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent:\(folder.path)"], folder: URL(fileURLWithPath: "/nonexistent")) == program.path)
    }

    @Test func theArgumentsReachTheServerUnchanged() throws {
        let result = try TapestryBinary.run(["serve", "export", "AB12CD", "--project", "my folder", "--help"],
                                            environment: ["TAPESTRY_SERVE": "/bin/echo"])
        #expect(result.status == 0)
        #expect(result.stdout == "export AB12CD --project my folder --help\n")
    }

    @Test func aServerThatCannotStartIsSaidPlainly() throws {
        let result = try TapestryBinary.run(["serve"], environment: ["TAPESTRY_SERVE": "/nonexistent/tapestry-serve"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("cannot start the workshop server /nonexistent/tapestry-serve"))
    }

    @Test func theServerMakeServeBuiltIsFoundFromTheUsualBuild() throws {
        // tapestry in .build/<triple>/debug, the server in .build-serve/debug (make serve).
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let usual = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug")
        let served = root.appendingPathComponent(".build-serve/debug")
        for folder in [usual, served] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let stub = usual.appendingPathComponent("tapestry-serve"), server = served.appendingPathComponent("tapestry-serve")
        for program in [stub, server] {
            try Data("#!/bin/sh\n".utf8).write(to: program)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        }
        // The one beside tapestry in a build without the trait only says how to build the server.
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent"], folder: usual) == server.path)
        try FileManager.default.removeItem(at: server)
        #expect(ServeCommand.program(environment: ["PATH": "/nonexistent"], folder: usual) == stub.path)
    }

    @Test func withoutTheServerBuiltTheCommandSaysHowToBuildIt() throws {
        // Where `make serve` has run, the real server would start (and keep running): not this test's case.
        guard !FileManager.default.fileExists(atPath: TapestryBinary.packageRoot.appendingPathComponent(".build-serve/debug/tapestry-serve").path)
        else { return }
        let result = try TapestryBinary.run(["serve"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("make serve"))
    }
}
