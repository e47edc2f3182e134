import ImpactAnalytics
import ImpactIngest
import ImpactModel

/// What the run's return files may name: every figure of the catalogue (a priority share for
/// each configured priority group) with its breakdowns, and every group the table holds for
/// each breakdown, in any period (with every configured priority group).
public enum ReturnVocabularyBuilder {
  /// The vocabulary of a run's table and settings.
  public static func vocabulary(table: IndicatorTable, configuration: ImpactConfiguration)
    -> ReturnVocabulary
  {
    var figures: [ReturnVocabulary.Figure] = []
    for definition in IndicatorCatalogue.all {
      if definition.id == .priorityShareOfAGroup {
        figures += configuration.priorityGroups.map {
          ReturnVocabulary.Figure(
            indicator: .priorityShare($0.id), breakdowns: definition.breakdowns)
        }
      } else {
        figures.append(
          ReturnVocabulary.Figure(indicator: definition.id, breakdowns: definition.breakdowns))
      }
    }
    var groups: [GroupBy: Set<Group>] = [:]
    for row in table.rows where row.groupBy != .all {
      groups[row.groupBy, default: []].insert(row.group)
    }
    groups[.priorityGroup, default: []].formUnion(
      configuration.priorityGroups.map { Group($0.id) })
    return ReturnVocabulary(
      figures: figures,
      groups: groups.mapValues { IndicatorTable.readingOrder(Array($0), by: .all) }
        .reduce(into: [:]) { $0[$1.key] = $1.value })
  }
}
