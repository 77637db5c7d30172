// Package ringcentral stands in for the generated RingCentral SDK,
// github.com/grokify/go-ringcentral-client/office/v1/client v0.3.25, in
// rcperm's tests. It keeps the real API client, configuration, service
// fields and the signatures of the methods it declares, but not their
// bodies: rcperm models SDK methods by the route table it derives from the
// real SDK (analyzer/sdkroutes.tsv) and never reads method bodies.
package ringcentral

import "net/http"

// APIClient has the exported service fields of the real APIClient, so that
// calls like client.CallLogApi.LoadAccountCallLog type-check as they do
// against the real SDK.
type APIClient struct {
	cfg    *Configuration
	common service

	APIInfoApi              *APIInfoApiService
	AccountProvisioningApi  *AccountProvisioningApiService
	ApplicationSettingsApi  *ApplicationSettingsApiService
	CallHandlingSettingsApi *CallHandlingSettingsApiService
	CallLogApi              *CallLogApiService
	CompanyContactsApi      *CompanyContactsApiService
	CompanySettingsApi      *CompanySettingsApiService
	GlipApi                 *GlipApiService
	MeetingsApi             *MeetingsApiService
	MessagesApi             *MessagesApiService
	PhoneNumbersApi         *PhoneNumbersApiService
	PresenceApi             *PresenceApiService
	PushNotificationsApi    *PushNotificationsApiService
	RegionalSettingsApi     *RegionalSettingsApiService
	ReportingApi            *ReportingApiService
	RingOutApi              *RingOutApiService
	RolesAndPermissionsApi  *RolesAndPermissionsApiService
	SCIMApi                 *SCIMApiService
	UserContactsApi         *UserContactsApiService
	UserSettingsApi         *UserSettingsApiService
}

type service struct {
	client *APIClient
}

// The services whose methods this stand-in does not declare; they exist so
// that APIClient has all of the real fields.
type (
	APIInfoApiService              service
	AccountProvisioningApiService  service
	ApplicationSettingsApiService  service
	CallHandlingSettingsApiService service
	CompanyContactsApiService      service
	CompanySettingsApiService      service
	GlipApiService                 service
	MeetingsApiService             service
	PhoneNumbersApiService         service
	PresenceApiService             service
	RegionalSettingsApiService     service
	ReportingApiService            service
	RingOutApiService              service
	RolesAndPermissionsApiService  service
	SCIMApiService                 service
	UserContactsApiService         service
)

// NewAPIClient creates a new API client, with the real signature.
func NewAPIClient(cfg *Configuration) *APIClient {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	c := &APIClient{cfg: cfg}
	c.common.client = c
	c.APIInfoApi = (*APIInfoApiService)(&c.common)
	c.AccountProvisioningApi = (*AccountProvisioningApiService)(&c.common)
	c.ApplicationSettingsApi = (*ApplicationSettingsApiService)(&c.common)
	c.CallHandlingSettingsApi = (*CallHandlingSettingsApiService)(&c.common)
	c.CallLogApi = (*CallLogApiService)(&c.common)
	c.CompanyContactsApi = (*CompanyContactsApiService)(&c.common)
	c.CompanySettingsApi = (*CompanySettingsApiService)(&c.common)
	c.GlipApi = (*GlipApiService)(&c.common)
	c.MeetingsApi = (*MeetingsApiService)(&c.common)
	c.MessagesApi = (*MessagesApiService)(&c.common)
	c.PhoneNumbersApi = (*PhoneNumbersApiService)(&c.common)
	c.PresenceApi = (*PresenceApiService)(&c.common)
	c.PushNotificationsApi = (*PushNotificationsApiService)(&c.common)
	c.RegionalSettingsApi = (*RegionalSettingsApiService)(&c.common)
	c.ReportingApi = (*ReportingApiService)(&c.common)
	c.RingOutApi = (*RingOutApiService)(&c.common)
	c.RolesAndPermissionsApi = (*RolesAndPermissionsApiService)(&c.common)
	c.SCIMApi = (*SCIMApiService)(&c.common)
	c.UserContactsApi = (*UserContactsApiService)(&c.common)
	c.UserSettingsApi = (*UserSettingsApiService)(&c.common)
	return c
}
