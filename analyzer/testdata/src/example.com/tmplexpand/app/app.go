package app

import (
	"context"

	"example.com/tmplexpand/rc"
)

func Archive(ctx context.Context, c *rc.Client, id string) {
	_ = c.Invoke(ctx, "calllog", nil)
	_ = c.Invoke(ctx, "recording", map[string]string{"recordingId": id})
}
