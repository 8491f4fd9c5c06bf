package wechatsim

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"strings"
)

// Temporary media (素材管理, 新增临时素材 / 获取临时素材): POST
// /cgi-bin/media/upload?type=T with a multipart "media" file, answered
// {type, media_id, created_at}; GET /cgi-bin/media/get?media_id=ID answers the file
// itself, with its Content-Type and a Content-Disposition naming it, or a JSON
// errcode 40007 for an unknown id. Enough to carry an upload and a binary download
// through the pass-through.

type mediaFile struct {
	typ, name, contentType string
	data                   []byte
}

// fileReply is an answer that is a file, not JSON.
type fileReply struct {
	contentType, filename string
	data                  []byte
}

// codeMediaIDUnknown is 40007, invalid media_id (store media has its own 85056).
const codeMediaIDUnknown = 40007

var mediaTypes = map[string]bool{"image": true, "voice": true, "video": true, "thumb": true}

// mediaUpload is POST /cgi-bin/media/upload; mu is held.
func (s *Server) mediaUpload(in input) (any, error) {
	typ := in.query.Get("type")
	if !mediaTypes[typ] {
		return nil, &apiError{code: 40004, msg: "invalid media type"}
	}
	mt, params, err := mime.ParseMediaType(in.contentType)
	if err != nil || mt != "multipart/form-data" {
		return nil, &apiError{code: 41005, msg: "media data missing"}
	}
	mr := multipart.NewReader(bytes.NewReader(in.body), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err != nil {
			return nil, &apiError{code: 41005, msg: "media data missing"}
		}
		if part.FormName() != "media" {
			continue
		}
		data, err := io.ReadAll(part)
		if err != nil || len(data) == 0 {
			return nil, &apiError{code: 41005, msg: "media data missing"}
		}
		ct := part.Header.Get("Content-Type")
		if ct == "" || strings.HasPrefix(ct, "application/octet-stream") {
			ct = "image/jpeg"
		}
		id := randomString()[:40]
		if s.media == nil {
			s.media = map[string]mediaFile{}
		}
		s.media[id] = mediaFile{typ: typ, name: part.FileName(), contentType: ct, data: data}
		return struct {
			Type      string `json:"type"`
			MediaID   string `json:"media_id"`
			CreatedAt int64  `json:"created_at"`
		}{typ, id, s.now().Unix()}, nil
	}
}

// mediaGet is GET /cgi-bin/media/get; mu is held.
func (s *Server) mediaGet(q url.Values) (any, error) {
	f, ok := s.media[q.Get("media_id")]
	if !ok {
		return nil, &apiError{code: codeMediaIDUnknown, msg: "invalid media_id"}
	}
	name := f.name
	if name == "" {
		name = q.Get("media_id") + ".jpg"
	}
	return fileReply{contentType: f.contentType, filename: name, data: f.data}, nil
}

// snsAccessToken is GET /sns/oauth2/access_token (网页授权): the account's appid
// and secret and a user's code give the user's OAuth token. Any non-empty code is
// a user here.
func (s *Server) snsAccessToken(q url.Values) (any, error) {
	switch {
	case q.Get("appid") != s.appID:
		return nil, newError(codeInvalidAppID)
	case q.Get("secret") != s.appSecret:
		return nil, newError(codeInvalidAppSecret)
	case q.Get("code") == "":
		return nil, &apiError{code: 41008, msg: "missing code"}
	}
	return struct {
		AccessToken  string `json:"access_token"`
		ExpiresIn    int    `json:"expires_in"`
		RefreshToken string `json:"refresh_token"`
		Openid       string `json:"openid"`
		Scope        string `json:"scope"`
	}{"user-" + randomString()[:20], 7200, "refresh-" + randomString()[:20], "o" + q.Get("code"), "snsapi_base"}, nil
}
