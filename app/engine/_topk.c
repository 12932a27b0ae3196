/* The k most likely tokens, read from llama.cpp's logits in one pass.
 *
 * llama.cpp's sampler starts every token by copying all logits into a candidate list
 * (262,144 entries for Gemma) and partially sorting it: about 0.3 ms a token, 2% of a
 * small model's decode. This reads the logits once, in blocks that are skipped when
 * nothing in them beats the k-th best so far, and writes the k best, most likely first
 * (equal logits: the lower id first), in llama.cpp's own llama_token_data layout. The
 * rest of the sampler chain then works on those k, as it would after its own top-k step.
 *
 * Plain C99 without intrinsics, so that every compiler builds it for every CPU.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>

typedef struct {
    int32_t id;
    float logit;
    float p;
} token_data; /* llama.cpp's llama_token_data */

#define BLOCK 64

/* a comes after b in the result: a lower logit, or the same logit and a higher id */
static int after(const token_data *a, const token_data *b)
{
    return a->logit < b->logit || (a->logit == b->logit && a->id > b->id);
}

/* `heap` is a binary heap whose root is the candidate that comes last. */
static void sift_down(token_data *heap, Py_ssize_t size, Py_ssize_t at)
{
    for (;;) {
        Py_ssize_t last = at, left = 2 * at + 1, right = left + 1;
        if (left < size && after(&heap[left], &heap[last]))
            last = left;
        if (right < size && after(&heap[right], &heap[last]))
            last = right;
        if (last == at)
            return;
        token_data swap = heap[at];
        heap[at] = heap[last];
        heap[last] = swap;
        at = last;
    }
}

static void sift_up(token_data *heap, Py_ssize_t at)
{
    while (at > 0) {
        Py_ssize_t parent = (at - 1) / 2;
        if (!after(&heap[at], &heap[parent]))
            return;
        token_data swap = heap[at];
        heap[at] = heap[parent];
        heap[parent] = swap;
        at = parent;
    }
}

/* The k best into `best`, best first. A heap, so that even logits that rise with the token
 * id (a hostile model's) cost O(n log k), never O(n k). NaN counts as minus infinity, so
 * that the order stays total. */
static Py_ssize_t top_k(const float *logits, Py_ssize_t n, Py_ssize_t k, token_data *best)
{
    Py_ssize_t count = 0, i = 0;
    for (; i < n && count < k; i++, count++) {
        best[count].id = (int32_t)i;
        best[count].logit = logits[i] == logits[i] ? logits[i] : -INFINITY;
        best[count].p = 0.0f;
        sift_up(best, count);
    }
    for (; i < n; i += BLOCK) {
        const Py_ssize_t end = n - i < BLOCK ? n : i + BLOCK;
        if (end - i == BLOCK) {
            const float floor = best[0].logit;
            int beats = 0;
            for (int j = 0; j < BLOCK; j++) /* no early exit, so the compiler vectorizes it */
                beats |= logits[i + j] > floor;
            if (!beats)
                continue;
        }
        for (Py_ssize_t j = i; j < end; j++) {
            if (logits[j] > best[0].logit) { /* false for NaN */
                best[0].id = (int32_t)j;
                best[0].logit = logits[j];
                sift_down(best, count, 0);
            }
        }
    }
    for (Py_ssize_t size = count - 1; size > 0; size--) { /* heapsort: the last go to the end */
        token_data swap = best[0];
        best[0] = best[size];
        best[size] = swap;
        sift_down(best, size, 0);
    }
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
