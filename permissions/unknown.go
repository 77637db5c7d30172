package permissions

import (
	"fmt"
	"strings"

	"github.com/rcperm/rcperm/internal/clip"
)

// UnknownPermission says that name is not a RingCentral app permission and
// which one it most likely meant: `unknown permission "ReadCallLogs": did
// you mean ReadCallLog?`. The manifest parser and every host that takes
// permissions inline report misspellings with it.
func UnknownPermission(name string) string {
	return fmt.Sprintf("unknown permission %q: %s", clip.String(name), suggest(name))
}

// suggest tells the user what to write instead of the unknown permission
// name.
func suggest(name string) string {
	// No permission name is half this long, so nothing is near a longer
	// name, and skipping Nearest keeps its cost bounded.
	const maxNear = 64
	var near Permission
	if len(name) <= maxNear {
		near = Nearest(name)
	}
	switch {
	case near == "":
		return "use the names your app's permissions have in the RingCentral Developer Console, such as ReadCallLog"
	case strings.EqualFold(string(near), name):
		return fmt.Sprintf("permission names are case-sensitive, did you mean %s?", near)
	}
	return fmt.Sprintf("did you mean %s?", near)
}
