package ringcentral

// The models the declared methods take or return. The stand-in leaves out
// their fields, which rcperm does not look at.
type (
	AccountCallLogResponse          struct{}
	Binary                          struct{}
	CallLogSync                     struct{}
	CreateSmsMessage                struct{}
	ExtensionActiveCallsResponse    struct{}
	ExtensionCallLogResponse        struct{}
	ExtensionUpdateRequest          struct{}
	GetAccountCallLogRecordResponse struct{}
	GetCallRecordingResponse        struct{}
	GetExtensionGrantListResponse   struct{}
	GetExtensionInfoResponse        struct{}
	GetMessageInfoResponse          struct{}
	GetMessageInfoResponseIntId     struct{}
	GetMessageList                  struct{}
	UserCallLogRecord               struct{}
)
