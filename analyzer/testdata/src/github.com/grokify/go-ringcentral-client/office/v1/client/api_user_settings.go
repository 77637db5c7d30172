package ringcentral

import (
	"context"
	"net/http"
	"os"

	"github.com/antihax/optional"
)

// UserSettingsApiService has a few methods of the real one, of several
// shapes (options struct, request body, file upload, reversed path
// parameters).
type UserSettingsApiService service

// ListExtensionGrantsOpts are the optional parameters of ListExtensionGrants.
type ListExtensionGrantsOpts struct {
	Page    optional.Int32
	PerPage optional.Int32
}

// ListExtensionGrants requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/grant.
func (a *UserSettingsApiService) ListExtensionGrants(ctx context.Context, accountId string, extensionId string, localVarOptionals *ListExtensionGrantsOpts) (GetExtensionGrantListResponse, *http.Response, error) {
	return GetExtensionGrantListResponse{}, nil, nil
}

// LoadExtensionInfo requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}.
func (a *UserSettingsApiService) LoadExtensionInfo(ctx context.Context, accountId string, extensionId string) (GetExtensionInfoResponse, *http.Response, error) {
	return GetExtensionInfoResponse{}, nil, nil
}

// UpdateExtension requests PUT /restapi/v1.0/account/{accountId}/extension/{extensionId}.
func (a *UserSettingsApiService) UpdateExtension(ctx context.Context, accountId string, extensionId string, extensionUpdateRequest ExtensionUpdateRequest) (GetExtensionInfoResponse, *http.Response, error) {
	return GetExtensionInfoResponse{}, nil, nil
}

// UploadImageByPostForm requests POST /restapi/v1.0/account/{accountId}/extension/{extensionId}/profile-image.
func (a *UserSettingsApiService) UploadImageByPostForm(ctx context.Context, extensionId string, accountId string, image *os.File) (Binary, *http.Response, error) {
	return Binary{}, nil, nil
}
