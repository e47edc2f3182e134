/// One libcsv parser in strict mode, filling a reusable `CSVRecord` through libcsv's callbacks.
///
/// libcsv calls back through C function pointers, which cannot capture anything; the record
/// being filled lives at a pointer this object owns, which is passed as their context, and the
/// callbacks copy each field at once (libcsv reuses its field buffer and does not end it with
/// NUL). Reaching the record through the pointer, not through this object, keeps the
/// callbacks free of reference counting and exclusivity checks, once per field.
final class LibCSVParser {
  /// What a call into libcsv came to.
  enum Outcome: Equatable {
    /// The bytes were taken in.
    case parsed
    /// Strict mode stopped at malformed quoting; `insideUnquotedValue` tells a quote mark inside
    /// an unquoted value from text after a closing quote or a quote that never closes.
    case malformed(insideUnquotedValue: Bool)
    /// libcsv failed for another reason, with its status (out of memory, too big).
    case failed(status: Int32)
  }

  /// The record being filled; complete when `recordIsComplete`.
  var record: CSVRecord {
    get { state.pointee.record }
    _modify { yield &state.pointee.record }
  }
  /// Set when libcsv ends a record; the reader clears it after delivering the record.
  var recordIsComplete: Bool {
    get { state.pointee.recordIsComplete }
    set { state.pointee.recordIsComplete = newValue }
  }

  /// What the callbacks fill: the record and whether libcsv has ended it.
  private struct CallbackState {
    var record = CSVRecord()
    var recordIsComplete = false
  }

  private let state: UnsafeMutablePointer<CallbackState> = {
    let state = UnsafeMutablePointer<CallbackState>.allocate(capacity: 1)
    state.initialize(to: CallbackState())
    return state
  }()

  private let libcsv: LibCSV
  private let delimiter: UInt8
  private let parser = LibCSV.allocateParser()
  private var isInitialized = false

  /// A parser for fields separated by `delimiter`; call `start()` before use.
  init(libcsv: LibCSV, delimiter: UInt8) {
    self.libcsv = libcsv
    self.delimiter = delimiter
  }

  deinit {
    if isInitialized { libcsv.free(parser) }
    LibCSV.deallocate(parser)
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// Sets the parser up afresh (after an error, libcsv's state is not reusable); false if
  /// libcsv could not.
  func start() -> Bool {
    if isInitialized {
      libcsv.free(parser)
      isInitialized = false
    }
    guard libcsv.initialize(parser, LibCSV.strictOptions) == 0 else { return false }
    isInitialized = true
    libcsv.setDelimiter(parser, delimiter)
    libcsv.setQuote(parser, UInt8(ascii: "\""))
    return true
  }

  /// Whether libcsv is between records (the next byte starts a new one).
  var isBetweenRecords: Bool {
    LibCSV.isBetweenRecords(parser)
  }

  /// Feeds `bytes` to libcsv.
  func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    let context = UnsafeMutableRawPointer(state)
    let consumed = libcsv.parse(
      parser, UnsafeRawBufferPointer(bytes), Self.onField, Self.onRecord, context)
    guard consumed < bytes.count else { return .parsed }
    let status = libcsv.error(parser)
    if status == LibCSV.statusParseError {
      return .malformed(insideUnquotedValue: LibCSV.stoppedInsideUnquotedField(parser))
    }
    return .failed(status: status)
  }

  /// Ends the input: delivers a last record with no line break after it.
  func finish() -> Outcome {
    let context = UnsafeMutableRawPointer(state)
    guard libcsv.finish(parser, Self.onField, Self.onRecord, context) != 0 else { return .parsed }
    // csv_fini fails only in strict mode, at a quoted field left open.
    let status = libcsv.error(parser)
    if status == LibCSV.statusParseError { return .malformed(insideUnquotedValue: false) }
    return .failed(status: status)
  }

  private static let onField: LibCSV.FieldCallback = { bytes, length, context in
    guard let context else { return }
    context.assumingMemoryBound(to: CallbackState.self).pointee.record.appendField(
      UnsafeRawBufferPointer(start: bytes, count: length))
  }

  private static let onRecord: LibCSV.RecordCallback = { _, context in
    guard let context else { return }
    context.assumingMemoryBound(to: CallbackState.self).pointee.recordIsComplete = true
  }
}
