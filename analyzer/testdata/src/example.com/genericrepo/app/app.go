package app // want package:`needs\(\[EditMessages, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package app instantiates another package's generic repository with
// its own element types: each call is the route its type's method gives.

import (
	"context"
	"fmt"
	"net/http"
	"path"

	"example.com/genericrepo/repo"
)

type CallRecord struct{ ID string }

func (CallRecord) CollectionPath(accountID string) string { // want CollectionPath:`route\(/restapi/v1.0/account/\{\$0\}/call-log\)`
	return "/restapi/v1.0/account/" + accountID + "/call-log"
}

type Message struct{ ID string }

func (Message) CollectionPath(accountID string) string { // want CollectionPath:`route\(/restapi/v1.0/account/\{\$0\}/extension/~/message-store\)`
	return fmt.Sprintf("/restapi/v1.0/account/%s/extension/~/message-store", accountID)
}

type Extension struct{ ID string }

func (Extension) CollectionPath(accountID string) string { // want CollectionPath:`route\(/restapi/v1.0/account/\{\$0\}/extension\)`
	return path.Join("/restapi/v1.0/account", accountID, "extension")
}

func Sync(ctx context.Context, hc *http.Client, acct string) { // want Sync:`requests\(GET .*/account/\{\}/call-log\?page=1, DELETE .*/account/\{\}/extension/~/message-store/1, GET .*/account/\{\}/extension\)`
	calls := repo.New[CallRecord](hc, acct)
	_ = calls.List(ctx) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	msgs := repo.New[Message](hc, acct)
	_ = msgs.Delete(ctx, "1") // want `DELETE /restapi/v1.0/account/\{accountId\}/extension/~/message-store/1 \(deleteMessage\) needs \[EditMessages\]`
	_ = repo.Fetch[Extension](ctx, hc)
}

// A generic function of the package, instantiated in it.
func localFetch[T repo.Resource](ctx context.Context, hc *http.Client) error { // want localFetch:`requests\(GET https://platform.ringcentral.com\{\$4608\}\)`
	var zero T
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://platform.ringcentral.com"+zero.CollectionPath("~"), nil)
	if err != nil {
		return err
	}
	_, err = hc.Do(req)
	return err
}

func Local(ctx context.Context, hc *http.Client) error { // want Local:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/\{\}/call-log\)`
	return localFetch[CallRecord](ctx, hc) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}
