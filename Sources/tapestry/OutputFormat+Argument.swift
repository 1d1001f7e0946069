import ArgumentParser
import TapestryImport
import TapestryReport

extension OutputFormat: ExpressibleByArgument {}

extension RoundPeriod: ExpressibleByArgument {}
