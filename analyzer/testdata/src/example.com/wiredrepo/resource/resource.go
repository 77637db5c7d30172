package resource // want package:`needs\(\[\]\) wrappers=true module=""`

// Package resource describes resources by their path templates.

import "strings"

type Descriptor struct {
	Name       string
	Collection string // want Collection:`field stores\(4\)`
	Item       string // want Item:`field stores\(3\)`
}

type Scope struct{ AccountID, ExtensionID, ParentID string }

var Me = Scope{AccountID: "~", ExtensionID: "~"}

func (d Descriptor) CollectionPath(s Scope) string { return s.expand(d.Collection, "") } // want CollectionPath:`route\(\{\$257\}\)`

func (d Descriptor) ItemPath(s Scope, id string) string { return s.expand(d.Item, id) } // want ItemPath:`route\(\{\$258\}\)`

func (s Scope) expand(tmpl, id string) string {
	return strings.NewReplacer("{accountId}", s.AccountID, "{extensionId}", s.ExtensionID, "{parentId}", s.ParentID, "{id}", id).Replace(tmpl)
}

const extension = "/restapi/v1.0/account/{accountId}/extension/{extensionId}"

var (
	CallLog  = Descriptor{Name: "call", Collection: extension + "/call-log", Item: extension + "/call-log/{id}"}                        // want CallLog:`global\(3 fields\)`
	Messages = Descriptor{Name: "message", Collection: extension + "/message-store", Item: extension + "/message-store/{id}"}           // want Messages:`global\(3 fields\)`
	SMS      = Descriptor{Name: "sms", Collection: extension + "/sms"}                                                                  // want SMS:`global\(3 fields\)`
	Tasks    = Descriptor{Name: "task", Collection: "/team-messaging/v1/chats/{parentId}/tasks", Item: "/team-messaging/v1/tasks/{id}"} // want Tasks:`global\(3 fields\)`
)
