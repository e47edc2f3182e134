import ImpactAnalytics
import ImpactModel

/// Change by sessions attended (`swemwbs_change` by `sessions_attended`), for the
/// `_evidence-dose` partial: the mean change among those who came least and most, and whether
/// it was larger among those who came more. It compares two rows' values to choose its words;
/// it computes no figure.
struct DoseView: Sendable {
  /// At least two bands with a figure shown.
  let shown: Bool
  /// The change was larger (or not) in the band of most sessions than in that of fewest.
  let more: Bool
  let notMore: Bool
  /// The bands compared (`1 to 3 sessions`) and their mean changes with their pairs.
  let fewest: String
  let most: String
  let fewestChange: String
  let mostChange: String
  let fewestPairs: String
  let mostPairs: String
  /// A band compared has fewer than 30 pairs.
  let tooFew: Bool

  init(_ rows: [IndicatorRow], names: IndicatorNames, format: FigureFormat) {
    let shown = rows.filter { FigureFormat.isShown($0) }
    self.shown = shown.count >= 2
    let first = shown.first
    let last = shown.last
    fewest = first.map { names.group($0.group, by: .sessionsAttended) } ?? ""
    most = last.map { names.group($0.group, by: .sessionsAttended) } ?? ""
    fewestChange = format.text(first)
    mostChange = format.text(last)
    fewestPairs = Plural("pair")(Double(first?.n ?? 0))
    mostPairs = Plural("pair")(Double(last?.n ?? 0))
    more = self.shown && (last?.value ?? 0) > (first?.value ?? 0)
    notMore = self.shown && !more
    tooFew = self.shown && min(first?.n ?? 0, last?.n ?? 0) < 30
  }
}
