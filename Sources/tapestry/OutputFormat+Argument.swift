import ArgumentParser
import TapestryReport

extension OutputFormat: ExpressibleByArgument {}
