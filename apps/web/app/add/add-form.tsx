"use client";

import { useActionState } from "react";
import { addArticle, type AddState } from "./actions";

const INITIAL: AddState = { field: null, message: null, values: { text: "", url: "" } };

/** Errors show beside the field they are about, and are announced (role="alert"). */
export function AddForm() {
  const [state, action, pending] = useActionState(addArticle, INITIAL);
  const error = (field: AddState["field"]) =>
    state.field === field && state.message ? (
      <p className="field-error" id={`${field}-error`} role="alert">
        {state.message}
      </p>
    ) : null;
  const describedBy = (field: AddState["field"]) => (state.field === field ? `${field}-error` : undefined);
  return (
    <form action={action} className="add-form" aria-busy={pending}>
      {error("form")}
      <div className="field">
        <label htmlFor="url">Address of an article (URL)</label>
        <input
          id="url"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://…"
          defaultValue={state.values.url}
          aria-invalid={state.field === "url"}
          aria-describedby={describedBy("url")}
        />
        {error("url")}
      </div>
      <p className="or">or</p>
      <div className="field">
        <label htmlFor="file">A saved page, text dump or news-please record</label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".html,.htm,.txt,.json,.jsonl,.xml,text/*,application/json"
          aria-invalid={state.field === "file"}
          aria-describedby={describedBy("file")}
        />
        {error("file")}
      </div>
      <p className="or">or</p>
      <div className="field">
        <label htmlFor="text">The article&rsquo;s text</label>
        <textarea
          id="text"
          name="text"
          rows={12}
          defaultValue={state.values.text}
          aria-invalid={state.field === "text"}
          aria-describedby={describedBy("text")}
        />
        {error("text")}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add article"}
      </button>
    </form>
  );
}
