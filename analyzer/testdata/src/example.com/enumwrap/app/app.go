package app // want package:`needs\(\[EditPresence, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"context"
	"time"

	"example.com/enumwrap/kind"
	"example.com/enumwrap/rcapi"
)

func Run(ctx context.Context, queue string) error { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\?\{\}, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\?\{\}, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-queues/%s/members\?\{\}, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-queues/\{\}/members\?\{\}, PUT https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence\?\{\}\)`
	c, err := rcapi.New("https://platform.ringcentral.com")
	if err != nil {
		return err
	}
	if _, err := rcapi.Fetch[int](ctx, c, kind.Extensions, nil); err != nil { // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
		return err
	}
	if _, err := rcapi.FetchAll[int](ctx, c, kind.CallLog); err != nil {
		return err
	}
	if _, err := rcapi.FetchAll[string](ctx, c, kind.QueueMembers, queue); err != nil { // want `GET /restapi/v1\.0/account/~/call-queues/%s/members \(listCallQueueMembers\) needs \[ReadAccounts\]`
		return err
	}
	return c.Send(ctx, kind.SetPresence) // want `PUT /restapi/v1\.0/account/~/extension/~/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
}

// Mirror reads the same resource from a service that copies RingCentral's
// paths: not RingCentral's request.
func Mirror(ctx context.Context) error {
	c, err := rcapi.New("https://archive.example.com")
	if err != nil {
		return err
	}
	if _, err := rcapi.FetchAll[int](ctx, c, kind.Extensions); err != nil {
		return err
	}
	_, err = rcapi.Fetch[int](ctx, c, kind.Extensions, nil)
	return err
}

// Any reads a resource picked at run time: every resource's request.
func Any(ctx context.Context, c *rcapi.Client) error { // want Any:`requests\(GET \{\$1280\}/restapi/v1\.0/account/~/call-log\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/extension\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/%s/members\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/\{\}/members\?\{\}\)`
	r := kind.Resource(time.Now().Unix() % 3)
	_, err := rcapi.Fetch[int](ctx, c, r, nil) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/~/call-queues/%s/members \(listCallQueueMembers\) needs \[ReadAccounts\]`
	return err
}
