/// What an indicator's value measures, as written in the `unit` column.
public enum IndicatorUnit: String, CaseIterable, Sendable {
  case count, people, hours, mean, share, score, ratio, currency
}
