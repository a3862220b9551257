// libedit's native API (editline + history), used by the shell's line editor.
// Install it with `apt-get install -y libedit-dev` (Debian/Ubuntu).
//
// el_set, el_get and history are variadic, which Swift cannot call; these
// static inline wrappers give each use a fixed signature.
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

typedef char *(*tutor_prompt_fn)(EditLine *);
typedef unsigned char (*tutor_command_fn)(EditLine *, int);

static inline int tutor_el_set_prompt(EditLine *el, tutor_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

// `ignore` brackets escape sequences (colour) so libedit does not count their width.
static inline int tutor_el_set_prompt_esc(EditLine *el, tutor_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}

static inline int tutor_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int tutor_el_set_getcfn(EditLine *el, el_rfunc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}

static inline int tutor_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *tutor_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int tutor_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int tutor_el_addfn(EditLine *el, const char *name, const char *help, tutor_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int tutor_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

static inline History *tutor_history_new(int size) {
    History *h = history_init();
    HistEvent ev;
    if (h) {
        history(h, &ev, H_SETSIZE, size);
        history(h, &ev, H_SETUNIQUE, 1);
    }
    return h;
}

static inline int tutor_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int tutor_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int tutor_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
