import Foundation

/// Runs the `tapestry` binary and measures what it cost: CPU time (user + system, which other
/// work on the machine does not inflate, unlike wall time) and peak resident memory, from the
/// kernel's accounting of the child (`wait4`). A run still going after `wallLimit` seconds is
/// killed and reported as such.
struct MeasuredRun {
    var status: Int32
    var killed: Bool
    var cpuSeconds: Double
    var peakMegabytes: Double
    var stdout: String
    var stderr: String

    static func run(_ arguments: [String], in directory: URL, wallLimit: Double = 60) throws -> MeasuredRun {
        let binary = try TapestryBinary.url.path
        let outPath = directory.appendingPathComponent(".stdout-\(UUID().uuidString)").path
        let errPath = directory.appendingPathComponent(".stderr-\(UUID().uuidString)").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // posix_spawn has no portable "change directory" action, and tests run in parallel in
        // one process, so the shell changes directory and then becomes tapestry (same pid).
        let shell = ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, directory.path, binary]
        let argv = (shell + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var usage = rusage()
        var killed = false
        let start = Date()
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if Date().timeIntervalSince(start) > wallLimit, !killed {
                kill(pid, SIGKILL)
                killed = true
            }
            usleep(5_000)
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        let exited = (status & 0x7f) == 0
        return MeasuredRun(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            killed: killed,
            cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            peakMegabytes: Double(usage.ru_maxrss) / 1024,
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}
