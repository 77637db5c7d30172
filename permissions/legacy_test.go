package permissions

import "testing"

func TestLookupLegacy(t *testing.T) {
	tests := []struct {
		name, method, url string
		verdict           Verdict
		id                string     // the operation, or the nearest one for NoSuchOperation
		requires          Permission // today's name, "" for none
	}{
		{"glip group posts", "POST", "https://platform.ringcentral.com/restapi/v1.0/glip/groups/123/posts", Deprecated, "createPost", "TeamMessaging"},
		{"glip profile", "GET", "/restapi/v1.0/glip/profile", Deprecated, "loadUnreadMessageCount", "TeamMessaging"},
		{"legacy ringout", "POST", "/restapi/v1.0/account/~/extension/~/ringout", Deprecated, "makeRingOutCall", "RingOut"},
		{"account call-log deletion", "DELETE", "/restapi/v1.0/account/~/call-log", Deprecated, "deleteAccountCallLog", "EditCallLog"},
		{"retired scope", "POST", "/restapi/v1.0/number-pool/lookup", NoSuchOperation, "", ""},
		{"legacy route needing none", "GET", "/restapi/v1.0/dictionary/device", Deprecated, "getDeviceModels", ""},
		{"current wins over legacy", "GET", "/restapi/v1.0/account/~/call-log", Found, "readCompanyCallLog", "ReadCallLog"},
		{"legacy path, method in neither", "PATCH", "/restapi/v1.0/glip/profile", NoSuchOperation, "", ""},
		{"in neither table", "GET", "/restapi/v1.0/glip/nowhere", NoSuchOperation, "", ""},
		{"glip posts, the oldest Glip API", "POST", "/restapi/v1.0/glip/posts", Deprecated, "postGlipPosts", "TeamMessaging"},
		{"glip posts list", "GET", "/restapi/v1.0/glip/posts?groupId=1", Deprecated, "getGlipPosts", "TeamMessaging"},
		{"glip chats", "GET", "/restapi/v1.0/glip/chats", Deprecated, "getGlipChats", "TeamMessaging"},
		{"glip chat post", "POST", "/restapi/v1.0/glip/chats/123/posts", Deprecated, "postGlipChatsByChatIdPosts", "TeamMessaging"},
		{"glip teams", "POST", "/restapi/v1.0/glip/teams/123/join", Deprecated, "postGlipTeamsByChatIdJoin", "TeamMessaging"},
		{"glip conversations", "POST", "/restapi/v1.0/glip/conversations", Deprecated, "postGlipConversations", "TeamMessaging"},
		{"glip tasks, no permission in the SDK: the current one's", "PATCH", "/restapi/v1.0/glip/tasks/1", Deprecated, "patchGlipTasksByTaskId", "TeamMessaging"},
		{"internal scope, left out", "POST", "/restapi/v1.0/glip/chats/1/read", NoSuchOperation, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Lookup(tc.method, tc.url)
			if m.Verdict != tc.verdict {
				t.Fatalf("Lookup(%s %s) = %v, want %v", tc.method, tc.url, m.Verdict, tc.verdict)
			}
			if tc.verdict == NoSuchOperation {
				if m.Nearest == nil || m.Nearest.Legacy {
					t.Errorf("nearest %v: want a current operation", m.Nearest)
				}
				return
			}
			op := m.Operation()
			if op == nil || op.ID != tc.id {
				t.Fatalf("candidates %v, want %s", m.Candidates, tc.id)
			}
			if op.Legacy != (tc.verdict == Deprecated) {
				t.Errorf("%s: Legacy = %v", op.ID, op.Legacy)
			}
			want := Set(0)
			if tc.requires != "" {
				want = mustSetOf(tc.requires)
			}
			if m.Requires != want {
				t.Errorf("requires %v, want %v", m.Requires, want)
			}
		})
	}
}

func TestLegacyTableRenamesGlip(t *testing.T) {
	ops := LegacyOperations()
	if len(ops) != 141 {
		t.Errorf("%d legacy operations, want 141", len(ops))
	}
	for _, op := range ops {
		if op.AppPermission == "Glip" {
			t.Errorf("%s needs Glip: the legacy table must use today's name, TeamMessaging", op)
		}
		if m := Lookup(op.Method, fillParams(op.Path)); m.Verdict != Deprecated && m.Verdict != Ambiguous {
			t.Errorf("%s: Lookup of its own path = %v, want deprecated", op, m.Verdict)
		}
	}
}

func TestCheckLegacyRoute(t *testing.T) {
	err := Check("ReadAccounts", "GET", "https://platform.ringcentral.com/restapi/v1.0/glip/groups")
	denied, ok := err.(*InsufficientPermissionsError)
	if !ok || denied.PermissionName != "TeamMessaging" {
		t.Fatalf("Check of a legacy Glip route without TeamMessaging = %v, want a 403 naming TeamMessaging", err)
	}
	if err := Check("TeamMessaging", "GET", "https://platform.ringcentral.com/restapi/v1.0/glip/groups"); err != nil {
		t.Errorf("Check with TeamMessaging = %v, want nil", err)
	}
}

// TestLegacyCurrentEquivalent: a legacy Glip route names the current
// /team-messaging/v1 operation it became, with the same method.
func TestLegacyCurrentEquivalent(t *testing.T) {
	tests := []struct{ method, url, current string }{
		{"POST", "/restapi/v1.0/glip/posts", "createGlipPostNew"},
		{"GET", "/restapi/v1.0/glip/posts", "readGlipPostsNew"},
		{"POST", "/restapi/v1.0/glip/groups/1/posts", "createGlipPostNew"},
		{"GET", "/restapi/v1.0/glip/groups", "listGlipChatsNew"},
		{"GET", "/restapi/v1.0/glip/chats/1", "readGlipChatNew"},
		{"POST", "/restapi/v1.0/glip/teams/1/add", "addGlipTeamMembersNew"},
		{"GET", "/restapi/v1.0/glip/profile", ""},
		{"POST", "/restapi/v1.0/account/~/extension/~/ringout", ""},
	}
	for _, tc := range tests {
		op := Lookup(tc.method, tc.url).Operation()
		if op == nil {
			t.Fatalf("%s %s: no operation", tc.method, tc.url)
		}
		cur := op.CurrentEquivalent()
		switch {
		case tc.current == "" && cur != nil:
			t.Errorf("%s %s: current equivalent %v, want none", tc.method, tc.url, cur)
		case tc.current != "" && (cur == nil || cur.ID != tc.current || cur.Method != tc.method || cur.Legacy):
			t.Errorf("%s %s: current equivalent %v, want %s", tc.method, tc.url, cur, tc.current)
		}
	}
	for _, op := range LegacyOperations() {
		if op.Current != "" && op.CurrentEquivalent() == nil {
			t.Errorf("%s: current equivalent %s is no current operation", op, op.Current)
		}
	}
}
