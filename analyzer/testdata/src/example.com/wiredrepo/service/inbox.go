package service // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"

	"example.com/wiredrepo/repo"
)

// Inbox keeps the repository its constructor is given, unexported: which
// one, only NewInbox's callers tell.
type Inbox struct {
	msgs *repo.Repo[Message]
}

func NewInbox(msgs *repo.Repo[Message]) *Inbox { return &Inbox{msgs: msgs} } // want NewInbox:`requests\(DELETE \{\$832\}\{\$850\}\)`

func (i *Inbox) Purge(ctx context.Context) error {
	return i.msgs.Delete(ctx, "1")
}
