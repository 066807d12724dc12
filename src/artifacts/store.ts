/**
 * The ArtifactStore port: publish one directory of files under a name. The CLI stores to a local
 * directory (local-directory-store.ts); the sign-modules action uploads to GitHub's artifact service
 * (src/actions/github-artifact-store.ts, the only place that imports @actions/artifact).
 */
export interface ArtifactUpload {
  /** Unique per run attempt and matrix leg (see artifact-name.ts). */
  name: string;
  rootDir: string;
  /** Paths relative to rootDir, in the order they should be listed. */
  files: readonly string[];
  retentionDays?: number;
}

export interface StoredArtifact {
  name: string;
  /** GitHub: the numeric artifact id; local: the artifact's directory name. */
  id: string;
  /** Hex sha256. GitHub: of the uploaded zip, as upload-artifact reports it; local: of the artifact's SHA256SUMS listing. */
  digest: string;
  size: number;
  /** GitHub: the run's artifact URL; local: the directory path. */
  location: string;
}

export interface ArtifactStore {
  readonly kind: 'local' | 'github';
  upload(artifact: ArtifactUpload): Promise<StoredArtifact>;
}
