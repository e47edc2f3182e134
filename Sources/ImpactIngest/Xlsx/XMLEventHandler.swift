/// What an ``XMLPushParser`` tells as it reads: each element's start and end, and the text
/// between (in pieces; a text may come in several calls). Every buffer is valid only during
/// the call.
protocol XMLEventHandler: AnyObject {
  /// Set to stop parsing: the parser stops after the current event and throws it.
  var stopReason: (any Error)? { get }
  /// An element starts.
  func start(_ name: XMLName, _ attributes: XMLAttributes)
  /// An element ends.
  func end(_ name: XMLName)
  /// Text (entities and character references already decoded).
  func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
