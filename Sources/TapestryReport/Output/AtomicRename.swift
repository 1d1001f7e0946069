import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two renames plain `rename` cannot do: swap two names at once, and rename without
/// replacing. Linux has them as `renameat2` flags (since 3.15; glibc declares the function only
/// for `_GNU_SOURCE`, which Swift's Glibc module does not set, so it is looked up by name),
/// macOS as `renameatx_np`. Each returns 0 or an `errno`; ``unsupported(_:)`` tells the
/// caller to use its fallback.
enum AtomicRename {
    /// `RENAME_NOREPLACE` of Linux's `<linux/fs.h>`.
    static let linuxNoReplace: UInt32 = 1 << 0
    /// `RENAME_EXCHANGE` of Linux's `<linux/fs.h>`.
    static let linuxExchange: UInt32 = 1 << 1

    /// Swaps `first` and `second` (both in `folder`, both existing) in one step.
    static func exchange(in folder: Int32, _ first: String, _ second: String) -> Int32 {
        call(folder, first, second, exchange: true)
    }

    /// Renames `name` to `newName` (in `folder`), failing with `EEXIST` if `newName` exists.
    static func renameWithoutReplacing(in folder: Int32, _ name: String, to newName: String) -> Int32 {
        call(folder, name, newName, exchange: false)
    }

    /// Whether `code` says the system or the file system cannot do it (use the fallback).
    static func unsupported(_ code: Int32) -> Bool {
        code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    /// glibc's `renameat2` (2.28 and later), found at run time.
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    private static func call(_ folder: Int32, _ from: String, _ to: String, exchange: Bool) -> Int32 {
        guard let renameat2 else { return ENOSYS }
        return renameat2(folder, from, folder, to, exchange ? linuxExchange : linuxNoReplace) == 0 ? 0 : errno
    }
    #elseif os(macOS)
    private static func call(_ folder: Int32, _ from: String, _ to: String, exchange: Bool) -> Int32 {
        renameatx_np(folder, from, folder, to, exchange ? UInt32(RENAME_SWAP) : UInt32(RENAME_EXCL)) == 0 ? 0 : errno
    }
    #else
    private static func call(_ folder: Int32, _ from: String, _ to: String, exchange: Bool) -> Int32 {
        ENOSYS
    }
    #endif
}
