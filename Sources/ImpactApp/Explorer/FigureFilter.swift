/// What the figure explorer shows: the rows of one indicator, breakdown, group and period (each
/// any when `nil`), in one order.
struct FigureFilter: Sendable, Equatable {
  /// The orders the table can be sorted in.
  enum Sort: String, CaseIterable, Sendable {
    case indicator
    case group
    case valueUp = "value-up"
    case valueDown = "value-down"
  }

  var indicator: String?
  var breakdown: String?
  var group: String?
  var period: String?
  var sort: Sort = .indicator
}
