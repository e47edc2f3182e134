/// One column of an ``AttendanceTable`` that is stored once per shape rather than once per
/// row, read row by row: row `r`'s value is the value of the shape `r` points to.
///
/// A column is a read-only view; it shares the table's storage, so taking one copies nothing.
public struct AttendanceColumn<Value>: RandomAccessCollection {
  /// The shape of each row.
  @usableFromInline let shapeOfRow: [Int32]
  /// The value of each shape.
  @usableFromInline let values: [Value]

  /// Creates the view of `values` (one per shape) through `shapeOfRow` (one per row).
  @inlinable init(shapeOfRow: [Int32], values: [Value]) {
    self.shapeOfRow = shapeOfRow
    self.values = values
  }

  /// The first row, `0`.
  @inlinable public var startIndex: Int { 0 }

  /// One past the last row: the table's row count.
  @inlinable public var endIndex: Int { shapeOfRow.count }

  /// The value of a row.
  @inlinable public subscript(row: Int) -> Value { values[Int(shapeOfRow[row])] }
}

extension AttendanceColumn: Sendable where Value: Sendable {}
