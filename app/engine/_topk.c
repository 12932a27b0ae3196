/* The k most likely tokens, read from llama.cpp's logits in one pass.
 *
 * llama.cpp's sampler starts every token by copying all logits into a candidate list
 * (262,144 entries for Gemma) and partially sorting it: about 0.3 ms a token, 2% of a
 * small model's decode. This reads the logits once, in blocks that are skipped when
 * nothing in them beats the k-th best so far, and writes the k best, most likely first,
 * in llama.cpp's own llama_token_data layout. The rest of the sampler chain then works
 * on those k, as it would after its own top-k step.
 *
 * Plain C99 without intrinsics, so that every compiler builds it for every CPU.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

typedef struct {
    int32_t id;
    float logit;
    float p;
} token_data; /* llama.cpp's llama_token_data */

#define BLOCK 64

/* Insert into `best`, kept sorted from the largest logit down; a full list drops its last. */
static void insert(token_data *best, Py_ssize_t *count, Py_ssize_t k, int32_t id, float logit)
{
    Py_ssize_t at = *count < k ? (*count)++ : k - 1;
    while (at > 0 && best[at - 1].logit < logit) {
        best[at] = best[at - 1];
        at--;
    }
    best[at].id = id;
    best[at].logit = logit;
    best[at].p = 0.0f;
}

static Py_ssize_t top_k(const float *logits, Py_ssize_t n, Py_ssize_t k, token_data *best)
{
    Py_ssize_t count = 0, i = 0;
    for (; i < n && count < k; i++)
        insert(best, &count, k, (int32_t)i, logits[i]);
    for (; i + BLOCK <= n; i += BLOCK) {
        const float floor = best[k - 1].logit;
        int beats = 0;
        for (int j = 0; j < BLOCK; j++) /* no early exit, so the compiler vectorizes it */
            beats |= logits[i + j] > floor;
        if (!beats)
            continue;
        for (int j = 0; j < BLOCK; j++)
            if (logits[i + j] > best[k - 1].logit)
                insert(best, &count, k, (int32_t)(i + j), logits[i + j]);
    }
    for (; i < n; i++)
        if (logits[i] > best[k - 1].logit)
            insert(best, &count, k, (int32_t)i, logits[i]);
    return count;
}

/* top_k(logits_address, n_vocab, k, out_address) -> how many were written (min(k, n_vocab)).
 * Keeps the GIL: it takes tens of microseconds, and the decode thread should not hand the
 * GIL to the GUI thread between two decodes. */
static PyObject *py_top_k(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "top_k(logits_address, n_vocab, k, out_address)");
        return NULL;
    }
    void *logits = PyLong_AsVoidPtr(args[0]);
    Py_ssize_t n = PyLong_AsSsize_t(args[1]);
    Py_ssize_t k = PyLong_AsSsize_t(args[2]);
    void *out = PyLong_AsVoidPtr(args[3]);
    if (PyErr_Occurred())
        return NULL;
    if (logits == NULL || out == NULL) {
        PyErr_SetString(PyExc_ValueError, "null logits or output address");
        return NULL;
    }
    if (n < 0 || k < 1 || n > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "n_vocab must be 0 to 2**31-1, and k at least 1");
        return NULL;
    }
    return PyLong_FromSsize_t(top_k((const float *)logits, n, k, (token_data *)out));
}

static PyMethodDef methods[] = {
    {"top_k", (PyCFunction)(void (*)(void))py_top_k, METH_FASTCALL,
     "Write the k largest logits' (id, logit, 0.0), largest first; return how many."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_topk", "One-pass top-k over llama.cpp's logits.", -1, methods,
};

PyMODINIT_FUNC PyInit__topk(void) { return PyModule_Create(&module); }
