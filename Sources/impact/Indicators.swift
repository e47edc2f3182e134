import ArgumentParser
import ImpactAnalytics

/// `impact indicators`: the catalogue.
struct Indicators: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the indicator catalogue: id, unit, breakdowns and definition.")

  func run() {
    for theme in IndicatorTheme.allCases {
      print("\(theme.rawValue)\n")
      for indicator in IndicatorCatalogue.all where indicator.theme == theme {
        print("  \(indicator.id)  (\(indicator.unit.rawValue))")
        print("    by: \(indicator.breakdowns.map(\.rawValue).joined(separator: ", "))")
        print("    \(indicator.definition)\n")
      }
    }
  }
}
