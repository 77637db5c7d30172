// Package calllog exports the company call log and its recordings.
package calllog

import (
	"context"
	"net/http"

	"example.com/callcenter/rc"
)

// Export reads the company call log, then downloads one recording.
func Export(ctx context.Context, c *rc.Client, recordingID string) error {
	if _, err := c.Get(ctx, rc.AccountPath("call-log")); err != nil {
		return err
	}
	_, err := c.Get(ctx, rc.RecordingContentPath(recordingID))
	return err
}

// Purge deletes the user's call log.
func Purge(ctx context.Context, c *rc.Client) (*http.Response, error) {
	//rcperm:ignore purge runs only in the admin build, whose app holds EditCallLog
	return c.Do(ctx, http.MethodDelete, "/restapi/v1.0/account/~/extension/~/call-log")
}
