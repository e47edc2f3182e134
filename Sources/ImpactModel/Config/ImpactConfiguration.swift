/// The settings of `impact.yml`, with every default filled in.
public struct ImpactConfiguration: Hashable, Sendable {
  /// The organisation's name, printed on every report.
  public var organisation = "Your organisation"
  /// The currency of amounts.
  public var currency = Currency.gbp
  /// The month (1–12) the financial year starts in.
  public var financialYearStart = 4
  /// How to read ambiguous dates such as `03/04/2025`.
  public var dateOrder = DateOrder.dayFirst
  /// Figures resting on fewer than this many people are suppressed; 0 turns it off.
  public var suppressionMinCount = 5
  /// Counts are rounded to the nearest multiple of this after suppression; 1 leaves them.
  public var suppressionRoundTo = 1
  /// "Retained" means at least this many attended sessions in the period.
  public var retentionMinSessions = 3
  /// The postcode-to-IMD lookup file, relative to the data folder, when configured.
  public var imdLookup: String?
  /// Extra header names, per kind, per canonical column.
  public var columnAliases: [FileKind: [String: [String]]] = [:]
  /// Who counts as hard to reach; the five defaults when the config names none.
  public var priorityGroups = PriorityGroupRule.defaults
  /// Targets per indicator id.
  public var targets: [IndicatorID: Target] = [:]
  /// Benchmark shares per person field (`ethnicity_group`, `disability` …), per group label.
  public var benchmarks: [PersonField: [String: Double]] = [:]
  /// Wellbeing settings.
  public var wellbeing = WellbeingSettings()
  /// The folder of funder returns as `returns:` gives it (relative to the data folder), or
  /// `nil` for the default, `returns/` in the data folder.
  public var returnsFolder: String?

  /// Creates the default configuration.
  public init() {}
}

/// The currency amounts are in.
public enum Currency: String, CaseIterable, Sendable {
  case gbp = "GBP"
  case eur = "EUR"
  case usd = "USD"

  /// The symbol printed before amounts.
  public var symbol: String {
    switch self {
    case .gbp: return "£"
    case .eur: return "€"
    case .usd: return "$"
    }
  }
}

/// How to read a date whose day and month could be either way round.
public enum DateOrder: String, CaseIterable, Sendable {
  /// Day first, as in the UK: `03/04/2025` is 3 April.
  case dayFirst = "DMY"
  /// Month first, as in the US: `03/04/2025` is 4 March.
  case monthFirst = "MDY"
}

/// Wellbeing settings.
public struct WellbeingSettings: Hashable, Sendable {
  /// The smallest SWEMWBS change (metric score) that counts as meaningful.
  public var swemwbsMeaningfulChange = 3.0
  /// The smallest WEMWBS change (raw total) that counts as meaningful: 2.77 × SEM
  /// (Maheswaran et al. 2012).
  public var wemwbsMeaningfulChange = 8.0
  /// Whether to show the indicative WELLBY value.
  public var wellby = false
  /// The value of one WELLBY.
  public var wellbyValue = 13000.0
  /// The low and high values of one WELLBY in 2019 prices, whatever `wellbyValue` is: the
  /// range of HM Treasury's Green Book wellbeing guidance.
  public static let wellbyLowValue = 10000.0
  public static let wellbyHighValue = 16000.0
  /// What WELLBY values are multiplied by: 1 keeps 2019 prices.
  public var wellbyPriceIndex = 1.0
  /// The price year printed beside WELLBY values.
  public var wellbyPriceYear = 2019
  /// The share (0–1) of a WELLBY value that would have happened anyway.
  public var deadweight = 0.0
  /// The share (0–1) of a WELLBY value owed to others.
  public var attribution = 0.0
  /// The population averages responses are compared with, per measure; a measure without
  /// one gets no gap.
  public var norms = PopulationNorm.defaults

  /// Creates the defaults.
  public init() {}
}

extension ImpactConfiguration {
  /// The benchmark shares of a breakdown's groups; empty when it is not a benchmarked person
  /// field.
  public func benchmarks(for groupBy: GroupBy) -> [String: Double] {
    groupBy.personField.flatMap { benchmarks[$0] } ?? [:]
  }
}
