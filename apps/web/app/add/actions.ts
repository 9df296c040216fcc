"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { OneInput } from "@sitrep/store";
import { getStore, storeModule } from "../../lib/store";
import { webFetchPolicy } from "../../lib/web-env";

export interface AddState {
  field: "text" | "file" | "url" | "form" | null;
  message: string | null;
  values: { text: string; url: string };
}

const MAX_BYTES = 5 * 1024 * 1024;

const AddForm = z.object({
  text: z.string().max(MAX_BYTES, "Pasted text is limited to 5 MB").default(""),
  url: z.string().trim().max(2000, "That address is too long").default(""),
});

/** The add form's one action: pasted text, an uploaded file or a URL becomes a stored article. */
export async function addArticle(_prior: AddState, form: FormData): Promise<AddState> {
  const fields = AddForm.safeParse({ text: form.get("text") ?? undefined, url: form.get("url") ?? undefined });
  const values = { text: String(form.get("text") ?? "").slice(0, 100_000), url: String(form.get("url") ?? "") };
  if (!fields.success) return { field: "form", message: z.prettifyError(fields.error), values };
  const { text, url } = fields.data;
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const given = [text.trim() ? "text" : null, upload ? "file" : null, url ? "url" : null].filter(Boolean);
  if (given.length === 0)
    return { field: "form", message: "Paste the text, choose a file or give an address.", values };
  if (given.length > 1) return { field: "form", message: `Give one of them, not ${given.join(" and ")}.`, values };

  let input: OneInput;
  let field: AddState["field"];
  if (upload) {
    if (upload.size > MAX_BYTES) return { field: "file", message: "The file is larger than 5 MB.", values };
    input = { bytes: new Uint8Array(await upload.arrayBuffer()), origin: upload.name.slice(0, 200) || "uploaded file" };
    field = "file";
  } else if (url) {
    if (!/^https?:\/\//i.test(url))
      return { field: "url", message: "The address must start with http:// or https://", values };
    input = { url };
    field = "url";
  } else {
    input = { bytes: new TextEncoder().encode(text), origin: "pasted text" };
    field = "text";
  }
  const { addOne } = await storeModule;
  const outcome = await addOne(await getStore(), input, await webFetchPolicy());
  if (!outcome.ok) return { field, message: `Could not add it: ${outcome.reason}.`, values };
  redirect(`/articles/${outcome.id}`);
}
