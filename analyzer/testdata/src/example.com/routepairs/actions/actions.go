package actions // want package:`needs\(\[\]\) wrappers=true module=""`

// Package actions declares the requests the worker makes: each type's
// Route returns its method and its path together.

import (
	"fmt"
	"net/http"
)

type Action interface {
	Route() (method, path string)
}

// Ext addresses one extension; the extension actions embed it.
type Ext struct{ AccountID, ExtensionID string }

func (e Ext) path(suffix string) string {
	return fmt.Sprintf("/restapi/v1.0/account/%s/extension/%s%s", e.AccountID, e.ExtensionID, suffix)
}

type SetDND struct{ Ext }

func (a SetDND) Route() (string, string) { return http.MethodPut, a.path("/presence") } // want Route:`route\(PUT\) then /restapi/v1.0/account/\{\$320\}/extension/\{\$321\}/presence`

type ExportCallLog struct{ Ext }

func (a ExportCallLog) Route() (string, string) { return http.MethodGet, a.path("/call-log") } // want Route:`route\(GET\) then /restapi/v1.0/account/\{\$320\}/extension/\{\$321\}/call-log`

type PostChat struct{ ChatID string }

func (a PostChat) Route() (method, path string) { // want Route:`route\(POST\) then /team-messaging/v1/chats/\{\$256\}/posts`
	return http.MethodPost, "/team-messaging/v1/chats/" + a.ChatID + "/posts"
}
